import QtQuick

// A boolean as a lamp: lit when true.
Item {
    id: view
    property QtObject tile

    Rectangle {
        id: lamp
        anchors.centerIn: parent
        anchors.verticalCenterOffset: -8
        width: Math.max(12, Math.min(parent.width, parent.height - 18) * 0.7)
        height: width
        radius: width / 2
        color: !view.tile || !view.tile.hasValue ? theme.track : (view.tile.on ? "#2ecc71" : "#7f8c8d")
        border.color: Qt.darker(color, 1.3)
        border.width: 2
    }
    Text {
        anchors.top: lamp.bottom
        anchors.topMargin: 2
        anchors.horizontalCenter: parent.horizontalCenter
        text: view.tile && view.tile.hasValue ? view.tile.text : qsTr("—")
        font.pixelSize: 11
        color: theme.body
    }
}
