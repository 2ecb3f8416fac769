import QtQuick
import QtQuick.Controls
import Twinloom.Monitor

// A time-series plot drawn by QCustomPlot: wheel zooms, dragging pans, Live follows the newest
// samples again; pause freezes the view while samples keep arriving; the pointer reads the time
// and each series' value under it.
Item {
    id: view
    property QtObject tile
    property bool editing: false

    component SmallButton: Button {
        implicitHeight: 18
        padding: 2
        leftPadding: 6
        rightPadding: 6
        font.pixelSize: 10
    }

    // The tools on the right of the title row; on a narrow tile they fold into a menu. In Edit
    // the title row holds the tile's remove button instead.
    readonly property bool compact: width < 300
    readonly property real toolsWidth: view.editing ? 0 : (compact ? more.width : tools.width)
    Row {
        id: tools
        visible: !view.compact && !view.editing
        spacing: 3
        anchors.right: parent.right
        y: -20
        SmallButton {
            text: view.tile && view.tile.paused ? qsTr("Resume") : qsTr("Pause")
            onClicked: view.tile.paused = !view.tile.paused
        }
        SmallButton {
            text: qsTr("Live")
            onClicked: view.tile.follow()
        }
        SmallButton {
            text: qsTr("CSV")
            onClicked: monitor.requestExport(view.tile.index, "csv")
        }
        SmallButton {
            text: qsTr("PNG")
            onClicked: monitor.requestExport(view.tile.index, "png")
        }
        SmallButton {
            text: qsTr("PDF")
            onClicked: monitor.requestExport(view.tile.index, "pdf")
        }
    }
    SmallButton {
        id: more
        visible: view.compact && !view.editing
        anchors.right: parent.right
        y: -20
        implicitWidth: 26
        text: "⋯"
        ToolTip.visible: hovered
        ToolTip.text: qsTr("Pause, follow, export")
        onClicked: menu.popup(more, 0, more.height)
        Menu {
            id: menu
            MenuItem {
                text: view.tile && view.tile.paused ? qsTr("Resume") : qsTr("Pause")
                onTriggered: view.tile.paused = !view.tile.paused
            }
            MenuItem {
                text: qsTr("Live")
                onTriggered: view.tile.follow()
            }
            MenuItem {
                text: qsTr("Export CSV…")
                onTriggered: monitor.requestExport(view.tile.index, "csv")
            }
            MenuItem {
                text: qsTr("Export PNG…")
                onTriggered: monitor.requestExport(view.tile.index, "png")
            }
            MenuItem {
                text: qsTr("Export PDF…")
                onTriggered: monitor.requestExport(view.tile.index, "pdf")
            }
        }
    }
    PlotView {
        id: plot
        anchors.fill: parent
        tile: view.tile
        MouseArea {
            id: pointer
            anchors.fill: parent
            hoverEnabled: true
            property real lastX: 0
            onPressed: function(mouse) { lastX = mouse.x }
            onPositionChanged: function(mouse) {
                if (pressed) {
                    view.tile.pan((lastX - mouse.x) / Math.max(1, width))
                    lastX = mouse.x
                }
                view.tile.setCursor(mouse.x)
            }
            onExited: view.tile.setCursor(-1)
            onWheel: function(wheel) {
                view.tile.zoom(wheel.angleDelta.y > 0 ? 0.8 : 1.25, wheel.x / Math.max(1, width))
            }
        }
        // The cursor: the time under the pointer and each series' value there.
        Rectangle {
            visible: view.tile && view.tile.cursorText !== ""
            x: pointer.mouseX
            width: 1
            height: parent.height
            color: "#80000000"
        }
        Rectangle {
            visible: view.tile && view.tile.cursorText !== ""
            x: pointer.mouseX + 8 + width < parent.width ? pointer.mouseX + 8 : pointer.mouseX - 8 - width
            y: 4
            width: readout.implicitWidth + 8
            height: readout.implicitHeight + 6
            color: "#e6ffffff"
            border.color: "#90a4ae"
            Text {
                id: readout
                x: 4
                y: 3
                font.pixelSize: 10
                text: view.tile ? view.tile.cursorText : ""
            }
        }
    }
}
