import QtQuick
import QtQuick.Controls

// The dashboard of Monitor mode: tiles on a grid of `monitor.columns` columns.
Rectangle {
    id: root
    color: theme.background

    readonly property real gap: 8
    readonly property real cellWidth: Math.max(80, (width - gap) / Math.max(1, monitor.columns))
    readonly property real cellHeight: 92

    // The keyboard in Edit: arrows move the selected tile a cell, Shift+arrows resize it, Delete
    // removes it. Each key is one undoable edit.
    focus: true
    Keys.enabled: monitor.editing && monitor.selectedTile >= 0
    Keys.onPressed: function(event) {
        const index = monitor.selectedTile
        const t = monitor.tiles[index]
        if (!t)
            return
        if (event.key === Qt.Key_Delete) {
            monitor.removeTile(index)
            event.accepted = true
            return
        }
        const dx = event.key === Qt.Key_Left ? -1 : (event.key === Qt.Key_Right ? 1 : 0)
        const dy = event.key === Qt.Key_Up ? -1 : (event.key === Qt.Key_Down ? 1 : 0)
        if (dx === 0 && dy === 0)
            return
        event.accepted = true
        if (event.modifiers & Qt.ShiftModifier) {
            const w = Math.max(1, Math.min(monitor.columns - t.gridX, t.gridW + dx))
            const h = Math.max(1, Math.min(100, t.gridH + dy))
            monitor.setTileGeometry(index, t.gridX, t.gridY, w, h)
        } else {
            const x = Math.max(0, Math.min(monitor.columns - t.gridW, t.gridX + dx))
            const y = Math.max(0, t.gridY + dy)
            monitor.setTileGeometry(index, x, y, t.gridW, t.gridH)
        }
    }

    Text {
        id: header
        x: root.gap + 2
        y: 6
        width: Math.min(implicitWidth, root.width - 3 * root.gap
                        - (entanglementRow.visible ? entanglementRow.width + root.gap : 0))
        elide: Text.ElideRight
        text: monitor.title
        font.pixelSize: 16
        font.bold: true
        color: theme.text
    }
    // The twin's entanglement: timeliness × reliability × availability, once a second.
    Row {
        id: entanglementRow
        objectName: "entanglement"
        readonly property QtObject figures: monitor.entanglement
        anchors.right: parent.right
        anchors.rightMargin: root.gap + 2
        anchors.verticalCenter: header.verticalCenter
        visible: monitor.running && figures.shown
        spacing: 10
        function share(x) { return Math.round(x * 100) + " %" }
        function tone(x) { return x >= 0.9 ? "#2e7d32" : (x >= 0.6 ? "#b26a00" : "#c62828") }
        Rectangle {
            anchors.verticalCenter: parent.verticalCenter
            width: odteText.implicitWidth + 16
            height: odteText.implicitHeight + 6
            radius: height / 2
            color: entanglementRow.figures.hasData ? entanglementRow.tone(entanglementRow.figures.odte) : theme.muted
            Text {
                id: odteText
                anchors.centerIn: parent
                text: entanglementRow.figures.summary
                color: "white"
                font.pixelSize: 12
                font.bold: true
            }
        }
        Repeater {
            model: entanglementRow.figures.shares
            delegate: Text {
                required property var modelData
                anchors.verticalCenter: parent.verticalCenter
                text: modelData.label + " " + (modelData.known ? entanglementRow.share(modelData.value) : qsTr("—"))
                color: modelData.known ? entanglementRow.tone(modelData.value) : theme.muted
                font.pixelSize: 12
            }
        }
    }
    MouseArea {
        anchors.fill: entanglementRow
        visible: entanglementRow.visible
        hoverEnabled: true
        ToolTip.visible: containsMouse
        ToolTip.text: entanglementRow.figures.details
        ToolTip.delay: 300
    }
    Text {
        anchors.right: parent.right
        anchors.rightMargin: root.gap + 2
        anchors.verticalCenter: header.verticalCenter
        visible: !monitor.running
        text: qsTr("The twins are not running: start them with Run ▸ Start All Twins (F5).")
        color: theme.warningText
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
        color: theme.errorFill
        border.color: theme.errorBorder
        Text {
            id: messageText
            x: 5
            y: 5
            width: parent.width - 10
            text: monitor.message
            wrapMode: Text.Wrap
            color: theme.errorText
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
        // Room below the last row while editing, to drag a tile there.
        contentHeight: (monitor.rows + (monitor.editing ? 2 : 0)) * root.cellHeight + root.gap
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
                selected: monitor.editing && monitor.selectedTile === modelData.index
                columns: monitor.columns
                cellWidth: root.cellWidth
                cellHeight: root.cellHeight
                gap: root.gap
                onSelectedByMouse: root.forceActiveFocus()
            }
        }
    }
    Text {
        anchors.centerIn: parent
        visible: monitor.tiles.length === 0 && monitor.message === ""
        text: qsTr("Choose a twin to see its dashboard.")
        color: theme.muted
        font.pixelSize: 14
    }
}
