import QtQuick

// An enum value: the name of the state the property is in.
Item {
    id: view
    property QtObject tile

    Rectangle {
        anchors.centerIn: parent
        width: Math.min(parent.width, label.implicitWidth + 24)
        height: label.implicitHeight + 10
        radius: height / 2
        color: view.tile && view.tile.hasValue ? theme.accentFill : theme.track
        border.color: theme.accentBorder
        Text {
            id: label
            anchors.centerIn: parent
            text: view.tile && view.tile.hasValue ? view.tile.text : qsTr("—")
            font.pixelSize: Math.max(12, Math.min(20, view.height * 0.35))
            font.bold: true
            color: theme.accentText
        }
    }
}
