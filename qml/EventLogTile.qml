import QtQuick
import QtQuick.Controls

// The last events of a twin, newest first.
Item {
    id: view
    property QtObject tile

    ListView {
        anchors.fill: parent
        clip: true
        model: view.tile ? view.tile.events : []
        ScrollBar.vertical: ScrollBar {}
        delegate: Text {
            required property string modelData
            width: ListView.view.width
            text: modelData
            elide: Text.ElideRight
            font.pixelSize: 11
            font.family: "monospace"
            color: theme.text
        }
    }
    Text {
        anchors.centerIn: parent
        visible: !view.tile || view.tile.events.length === 0
        text: qsTr("No events yet")
        font.pixelSize: 11
        color: theme.muted
    }
}
