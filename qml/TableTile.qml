import QtQuick
import QtQuick.Controls

// A twin's properties (name, value with unit, age) or the twins of one of its relationships
// (twin, life cycle state, key values), one row each.
Item {
    id: view
    property QtObject tile
    // A relationship table gives the key values the most room.
    readonly property var widths: view.tile && view.tile.member !== "" ? [0.24, 0.2, 0.56]
                                                                       : [0.34, 0.3, 0.36]

    Row {
        id: header
        width: parent.width
        height: 16
        Repeater {
            model: view.tile ? view.tile.columns : []
            delegate: Text {
                required property string modelData
                required property int index
                width: header.width * view.widths[index]
                text: modelData
                elide: Text.ElideRight
                font.pixelSize: 11
                font.bold: true
                color: theme.body
            }
        }
    }
    ListView {
        anchors.top: header.bottom
        anchors.topMargin: 2
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        clip: true
        model: view.tile ? view.tile.rows : []
        ScrollBar.vertical: ScrollBar {}
        delegate: Row {
            id: line
            required property var modelData
            required property int index
            width: ListView.view.width
            Repeater {
                model: line.modelData
                delegate: Text {
                    id: cell
                    required property string modelData
                    required property int index
                    width: line.width * view.widths[index]
                    text: modelData
                    elide: Text.ElideRight
                    font.pixelSize: 12
                    color: index === 0 ? theme.text : theme.body
                    font.bold: index === 1
                    // A twin's id on hover over its name.
                    readonly property string twinId: index === 0 && view.tile
                                                     ? (view.tile.rowIds[line.index] || "") : ""
                    HoverHandler {
                        id: hover
                        enabled: cell.twinId !== "" || cell.truncated
                    }
                    ToolTip.visible: hover.hovered
                    ToolTip.delay: 500
                    ToolTip.text: cell.twinId !== "" ? cell.twinId : cell.text
                }
            }
        }
    }
    Text {
        anchors.centerIn: parent
        visible: !view.tile || view.tile.rows.length === 0
        text: qsTr("Nothing to list")
        font.pixelSize: 11
        color: theme.muted
    }
}
