import QtQuick

// A string (or any value without a better tile) as text.
Item {
    id: view
    property QtObject tile

    Text {
        anchors.fill: parent
        verticalAlignment: Text.AlignVCenter
        horizontalAlignment: Text.AlignHCenter
        text: view.tile && view.tile.hasValue ? view.tile.text : qsTr("—")
        wrapMode: Text.Wrap
        elide: Text.ElideRight
        font.pixelSize: 14
        color: theme.text
    }
}
