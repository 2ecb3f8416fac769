import QtQuick
import QtQuick.Controls

// The dashboard of Monitor mode: tiles on a grid of `monitor.columns` columns.
Rectangle {
    id: root
    color: "#e9edf1"

    readonly property real gap: 8
    readonly property real cellWidth: Math.max(80, (width - gap) / Math.max(1, monitor.columns))
    readonly property real cellHeight: 92

    Text {
        id: header
        x: root.gap + 2
        y: 6
        text: monitor.title
        font.pixelSize: 16
        font.bold: true
        color: "#1f2a36"
    }
    Text {
        anchors.right: parent.right
        anchors.rightMargin: root.gap + 2
        anchors.verticalCenter: header.verticalCenter
        visible: !monitor.running
        text: qsTr("The twins are not running: start them with Run ▸ Start All Twins (F5).")
        color: "#8a5a00"
        font.pixelSize: 12
    }
    Rectangle {
        id: messageBar
        visible: monitor.message !== ""
        anchors.top: header.bottom
        anchors.topMargin: 4
        x: root.gap
        width: root.width - 2 * root.gap
        height: visible ? messageText.implicitHeight + 10 : 0
        radius: 4
        color: "#fdecea"
        border.color: "#e0a39c"
        Text {
            id: messageText
            x: 5
            y: 5
            width: parent.width - 10
            text: monitor.message
            wrapMode: Text.Wrap
            color: "#8b1c12"
            font.pixelSize: 12
        }
    }
    Flickable {
        id: flick
        anchors.top: messageBar.visible ? messageBar.bottom : header.bottom
        anchors.topMargin: 2
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        contentWidth: width
        contentHeight: monitor.rows * root.cellHeight + root.gap
        clip: true
        boundsBehavior: Flickable.StopAtBounds
        interactive: contentHeight > height
        ScrollBar.vertical: ScrollBar {}

        Repeater {
            model: monitor.tiles
            delegate: TileFrame {
                required property QtObject modelData
                tile: modelData
                editing: monitor.editing
                columns: monitor.columns
                x: root.gap + tile.gridX * root.cellWidth
                y: root.gap + tile.gridY * root.cellHeight
                width: tile.gridW * root.cellWidth - root.gap
                height: tile.gridH * root.cellHeight - root.gap
            }
        }
    }
    Text {
        anchors.centerIn: parent
        visible: monitor.tiles.length === 0 && monitor.message === ""
        text: qsTr("Choose a twin to see its dashboard.")
        color: "#5a6570"
        font.pixelSize: 14
    }
}
