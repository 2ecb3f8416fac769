import QtQuick
import QtQuick.Controls

// The frame of a tile: title, age and stale marker, the tile's body, and the edit tools.
Rectangle {
    id: frame
    property QtObject tile
    property bool editing: false
    property bool selected: false
    property int columns: 6
    property real cellWidth: 100
    property real cellHeight: 92
    property real gap: 8
    // Offsets while a drag moves or resizes the tile, in pixels.
    property real dragX: 0
    property real dragY: 0
    property real growW: 0
    property real growH: 0
    // A click chose this tile: the dashboard takes the keyboard.
    signal selectedByMouse()

    x: gap + (tile ? tile.gridX : 0) * cellWidth + dragX
    y: gap + (tile ? tile.gridY : 0) * cellHeight + dragY
    width: Math.max(cellWidth - gap, (tile ? tile.gridW : 1) * cellWidth - gap + growW)
    height: Math.max(cellHeight - gap, (tile ? tile.gridH : 1) * cellHeight - gap + growH)
    z: dragging ? 10 : 0

    component ToolBtn: Button {
        property string tip
        implicitWidth: 24
        implicitHeight: 22
        padding: 0
        font.pixelSize: 11
        ToolTip.visible: hovered && tip !== ""
        ToolTip.text: tip
    }

    radius: 6
    color: theme.card
    border.width: tile && tile.stale ? 2 : 1
    border.color: tile && tile.problem !== "" ? "#d9534f" : (tile && tile.stale ? "#e39b2d" : theme.border)

    Text {
        id: title
        objectName: "tileTitle"
        x: 8
        y: 5
        // A plot's tools sit on the right of its title row: the title gets what is left.
        readonly property real toolsWidth: body.item && body.item.toolsWidth !== undefined
                                           ? body.item.toolsWidth + 6 : 0
        width: Math.max(0, frame.width - 16 - (age.visible ? age.width + 6 : 0) - toolsWidth
                           - (frame.editing ? removeButton.width + 4 : 0))
        text: frame.tile ? frame.tile.title : ""
        elide: Text.ElideRight
        font.pixelSize: 12
        font.bold: true
        color: theme.body
    }
    Text {
        id: age
        anchors.right: parent.right
        anchors.rightMargin: 8
        y: 6
        visible: frame.tile && frame.tile.age !== "" && !frame.editing
        text: frame.tile ? (frame.tile.stale ? qsTr("stale · %1").arg(frame.tile.age) : frame.tile.age) : ""
        font.pixelSize: 10
        color: frame.tile && frame.tile.stale ? "#c0710c" : theme.muted
    }
    Loader {
        id: body
        anchors.fill: parent
        anchors.topMargin: 22
        anchors.margins: 6
        visible: frame.tile && frame.tile.problem === ""
        // The tile type's view (see TileType).
        source: frame.tile ? frame.tile.view : ""
        onLoaded: {
            item.tile = frame.tile
            if (item.hasOwnProperty("editing"))
                item.editing = Qt.binding(function() { return frame.editing })
        }
    }
    Text {
        anchors.fill: parent
        anchors.margins: 8
        anchors.topMargin: 24
        visible: frame.tile && frame.tile.problem !== ""
        text: frame.tile ? frame.tile.problem : ""
        wrapMode: Text.Wrap
        color: theme.errorText
        font.pixelSize: 11
    }

    // Edit tools: drag to move, drag the corner to resize, click to configure, remove. A drag
    // snaps to the grid and makes one undoable edit of the project when it ends.
    readonly property bool dragging: mover.pressed || resizer.pressed
    readonly property int snapX: Math.max(0, Math.min(frame.columns - frame.snapW,
                                                      Math.round((frame.x - frame.gap) / frame.cellWidth)))
    readonly property int snapY: Math.max(0, Math.round((frame.y - frame.gap) / frame.cellHeight))
    readonly property int snapW: Math.max(1, Math.min(frame.columns - (frame.tile ? frame.tile.gridX : 0),
                                                      Math.round((frame.width + frame.gap) / frame.cellWidth)))
    readonly property int snapH: Math.max(1, Math.min(100, Math.round((frame.height + frame.gap) / frame.cellHeight)))

    function finishDrag() {
        const x = mover.pressed || frame.dragX !== 0 || frame.dragY !== 0 ? frame.snapX : frame.tile.gridX
        const y = mover.pressed || frame.dragX !== 0 || frame.dragY !== 0 ? frame.snapY : frame.tile.gridY
        const w = frame.growW !== 0 || frame.growH !== 0 ? frame.snapW : frame.tile.gridW
        const h = frame.growW !== 0 || frame.growH !== 0 ? frame.snapH : frame.tile.gridH
        frame.dragX = 0
        frame.dragY = 0
        frame.growW = 0
        frame.growH = 0
        monitor.setTileGeometry(frame.tile.index, x, y, w, h)
    }

    // Where the tile lands when the drag ends.
    Rectangle {
        visible: frame.dragging
        x: frame.gap + frame.snapX * frame.cellWidth - frame.x
        y: frame.gap + frame.snapY * frame.cellHeight - frame.y
        width: (mover.pressed ? frame.tile.gridW : frame.snapW) * frame.cellWidth - frame.gap
        height: (mover.pressed ? frame.tile.gridH : frame.snapH) * frame.cellHeight - frame.gap
        z: -1
        radius: frame.radius
        color: "#1f1565c0"
        border.color: "#1565c0"
        border.width: 1
    }
    Rectangle {
        visible: frame.editing
        anchors.fill: parent
        color: "transparent"
        radius: frame.radius
        border.color: frame.selected ? "#e65100" : "#1565c0"
        border.width: frame.selected ? 3 : 2
    }
    MouseArea {
        id: mover
        objectName: "tileMover"
        anchors.fill: parent
        visible: frame.editing
        z: 1
        preventStealing: true
        cursorShape: pressed ? Qt.ClosedHandCursor : Qt.OpenHandCursor
        property point start
        onPressed: function(mouse) {
            start = mapToItem(frame.parent, mouse.x, mouse.y)
            monitor.selectedTile = frame.tile.index
            frame.selectedByMouse()
        }
        onPositionChanged: function(mouse) {
            const p = mapToItem(frame.parent, mouse.x, mouse.y)
            frame.dragX = p.x - start.x
            frame.dragY = p.y - start.y
        }
        onReleased: frame.finishDrag()
        onCanceled: { frame.dragX = 0; frame.dragY = 0 }
    }
    Rectangle {
        id: grip
        objectName: "tileResizer"
        visible: frame.editing
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        width: 16
        height: 16
        z: 2
        color: "transparent"
        Text {
            anchors.right: parent.right
            anchors.bottom: parent.bottom
            anchors.margins: 2
            text: "◢"
            font.pixelSize: 11
            color: "#1565c0"
        }
        MouseArea {
            id: resizer
            anchors.fill: parent
            anchors.margins: -3
            preventStealing: true
            cursorShape: Qt.SizeFDiagCursor
            property point start
            onPressed: function(mouse) {
                start = mapToItem(frame.parent, mouse.x, mouse.y)
                monitor.selectedTile = frame.tile.index
            }
            onPositionChanged: function(mouse) {
                const p = mapToItem(frame.parent, mouse.x, mouse.y)
                frame.growW = p.x - start.x
                frame.growH = p.y - start.y
            }
            onReleased: frame.finishDrag()
            onCanceled: { frame.growW = 0; frame.growH = 0 }
        }
    }
    // In the title row, where the age and a plot's tools are while not editing.
    ToolBtn {
        id: removeButton
        visible: frame.editing
        anchors.top: parent.top
        anchors.right: parent.right
        anchors.margins: 3
        z: 2
        text: "✕"
        tip: qsTr("Remove tile")
        onClicked: monitor.removeTile(frame.tile.index)
    }
}
