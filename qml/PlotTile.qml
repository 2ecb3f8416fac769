import QtQuick
import QtQuick.Controls
import Twinloom.Monitor

// A time-series plot drawn by QCustomPlot. It follows the present over its time span (Live);
// pause freezes the view while samples keep arriving; dragging pans and the wheel zooms once the
// plot has been clicked (or with Ctrl held), otherwise the wheel scrolls the dashboard. The
// pointer reads the time and each series' value under it, on every plot of the dashboard.
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

    readonly property var spans: [60, 300, 900, 3600, 6 * 3600, 24 * 3600, 7 * 24 * 3600]
    // What the view shows: the present, a frozen view, or a stretch of the past.
    readonly property string viewState: !tile ? "" : (tile.paused ? "paused" : (tile.following ? "live" : "past"))

    // The time spans to choose from; a choice follows the present again.
    Menu {
        id: spanMenu
        Repeater {
            model: view.spans
            MenuItem {
                required property int modelData
                text: view.tile ? view.tile.spanLabel(modelData) : ""
                checkable: true
                checked: view.tile && view.tile.span === modelData
                onTriggered: monitor.setTileSpan(view.tile.index, modelData)
            }
        }
    }

    // The tools on the right of the title row; on a narrow tile they fold into a menu. In Edit
    // the title row holds the tile's remove button instead.
    readonly property bool compact: width < 360
    readonly property real toolsWidth: view.editing ? 0 : (compact ? compactTools.width : tools.width)
    Row {
        id: tools
        visible: !view.compact && !view.editing
        spacing: 3
        anchors.right: parent.right
        y: -20
        SmallButton {
            objectName: "plotSpan"
            text: view.tile ? view.tile.spanText + " ▾" : ""
            ToolTip.visible: hovered
            ToolTip.text: qsTr("Time span shown while following the present")
            onClicked: spanMenu.popup(this, 0, height)
        }
        SmallButton {
            text: view.tile && view.tile.paused ? qsTr("Resume") : qsTr("Pause")
            onClicked: view.tile.paused = !view.tile.paused
        }
        SmallButton {
            text: qsTr("CSV")
            ToolTip.visible: hovered
            ToolTip.text: qsTr("Export the samples in view")
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
    Row {
        id: compactTools
        visible: view.compact && !view.editing
        spacing: 3
        anchors.right: parent.right
        y: -20
        SmallButton {
            id: more
            implicitWidth: 26
            text: "⋯"
            ToolTip.visible: hovered
            ToolTip.text: qsTr("Time span, pause, export")
            onClicked: menu.popup(more, 0, more.height)
            Menu {
                id: menu
                MenuItem {
                    text: view.tile ? qsTr("Time Span: %1…").arg(view.tile.spanText) : ""
                    onTriggered: spanMenu.popup(more, 0, more.height)
                }
                MenuItem {
                    text: view.tile && view.tile.paused ? qsTr("Resume") : qsTr("Pause")
                    onTriggered: view.tile.paused = !view.tile.paused
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
    }
    PlotView {
        id: plot
        objectName: "plotView"
        anchors.fill: parent
        tile: view.tile
        Keys.onEscapePressed: focus = false
        MouseArea {
            id: pointer
            anchors.fill: parent
            hoverEnabled: true
            property real lastX: 0
            onPressed: function(mouse) {
                lastX = mouse.x
                plot.forceActiveFocus()
            }
            onPositionChanged: function(mouse) {
                if (pressed) {
                    view.tile.pan((lastX - mouse.x) / Math.max(1, width))
                    lastX = mouse.x
                }
                view.tile.setCursor(mouse.x)
            }
            onExited: view.tile.setCursor(-1)
            // The wheel scrolls the dashboard unless the plot has been clicked or Ctrl is held.
            onWheel: function(wheel) {
                if (!plot.activeFocus && !(wheel.modifiers & Qt.ControlModifier)) {
                    wheel.accepted = false
                    return
                }
                view.tile.zoom(wheel.angleDelta.y > 0 ? 0.8 : 1.25, wheel.x / Math.max(1, width))
            }
        }
        // The plot that takes the wheel is framed.
        Rectangle {
            anchors.fill: parent
            visible: plot.activeFocus
            color: "transparent"
            border.color: theme.accentBorder
            border.width: 1
        }
        // Live, paused or the past: where the view is, and the way back to the present.
        Rectangle {
            id: chip
            objectName: "plotState"
            anchors.right: parent.right
            anchors.rightMargin: 4
            y: 0
            width: chipRow.implicitWidth + 10
            height: 15
            radius: 7
            visible: view.viewState !== ""
            color: view.viewState === "live" ? "#2e7d32" : (view.viewState === "paused" ? "#b26a00" : "#1565c0")
            opacity: chipArea.containsMouse || view.viewState !== "live" ? 0.95 : 0.75
            Row {
                id: chipRow
                anchors.centerIn: parent
                spacing: 4
                Text {
                    color: "white"
                    font.pixelSize: 10
                    font.bold: true
                    text: view.viewState === "live" ? qsTr("● Live")
                          : (view.viewState === "paused" ? qsTr("❚❚ Paused") : qsTr("◀ Past"))
                }
                Text {
                    visible: view.viewState !== "live"
                    color: "white"
                    font.pixelSize: 10
                    font.underline: true
                    text: qsTr("Go live")
                }
            }
            MouseArea {
                id: chipArea
                anchors.fill: parent
                hoverEnabled: true
                cursorShape: view.viewState !== "live" ? Qt.PointingHandCursor : Qt.ArrowCursor
                ToolTip.visible: containsMouse
                ToolTip.text: view.viewState === "live" ? qsTr("Following the present")
                              : qsTr("Click to follow the present again")
                onClicked: view.tile.follow()
            }
        }
        // The cursor: the time under the pointer (or on another plot) and each series' value.
        Rectangle {
            visible: view.tile && view.tile.cursorX >= 0
            x: view.tile ? view.tile.cursorX : 0
            width: 1
            height: parent.height
            color: Qt.rgba(theme.text.r, theme.text.g, theme.text.b, 0.5)
        }
        Rectangle {
            readonly property real lineX: view.tile ? view.tile.cursorX : 0
            visible: view.tile && view.tile.cursorText !== "" && view.tile.cursorX >= 0
            x: lineX + 8 + width < parent.width ? lineX + 8 : lineX - 8 - width
            y: 40
            width: readout.implicitWidth + 8
            height: readout.implicitHeight + 6
            color: Qt.rgba(theme.card.r, theme.card.g, theme.card.b, 0.92)
            border.color: theme.border
            Text {
                id: readout
                x: 4
                y: 3
                font.pixelSize: 10
                color: theme.text
                text: view.tile ? view.tile.cursorText : ""
            }
        }
    }
}
