import QtQuick
import QtQuick.Controls

// The frame of a tile: title, age and stale marker, the tile's body, and the edit tools.
Rectangle {
    id: frame
    property QtObject tile
    property bool editing: false
    property int columns: 6

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
    color: "#ffffff"
    border.width: tile && tile.stale ? 2 : 1
    border.color: tile && tile.problem !== "" ? "#d9534f" : (tile && tile.stale ? "#e39b2d" : "#c9d1d9")

    readonly property var bodies: ({
        "value": "ValueTile.qml", "gauge": "GaugeTile.qml", "lamp": "LampTile.qml",
        "state": "StateTile.qml", "text": "TextTile.qml", "events": "EventLogTile.qml",
        "action": "ActionTile.qml", "desired": "DesiredTile.qml", "plot": "PlotTile.qml"
    })

    Text {
        id: title
        x: 8
        y: 5
        // A plot's tools sit on the right of its title row.
        width: frame.tile && frame.tile.type === "plot" ? frame.width - 16 - (frame.editing ? 420 : 260)
               : frame.width - 16 - (age.visible ? age.width + 6 : 0)
        text: frame.tile ? frame.tile.title : ""
        elide: Text.ElideRight
        font.pixelSize: 12
        font.bold: true
        color: "#3b4754"
    }
    Text {
        id: age
        anchors.right: parent.right
        anchors.rightMargin: 8
        y: 6
        visible: frame.tile && frame.tile.age !== "" && frame.tile.type !== "plot"
        text: frame.tile ? (frame.tile.stale ? qsTr("stale · %1").arg(frame.tile.age) : frame.tile.age) : ""
        font.pixelSize: 10
        color: frame.tile && frame.tile.stale ? "#c0710c" : "#7b8794"
    }
    Loader {
        id: body
        anchors.fill: parent
        anchors.topMargin: 22
        anchors.margins: 6
        visible: frame.tile && frame.tile.problem === ""
        source: frame.tile ? frame.bodies[frame.tile.type] : ""
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
        color: "#b3261e"
        font.pixelSize: 11
    }

    // Edit tools: move, resize, remove. Every change is an undoable edit of the project.
    Rectangle {
        visible: frame.editing
        anchors.fill: parent
        color: "transparent"
        radius: frame.radius
        border.color: "#1565c0"
        border.width: 2
    }
    Flow {
        visible: frame.editing
        anchors.bottom: parent.bottom
        anchors.right: parent.right
        anchors.margins: 3
        width: Math.min(implicitWidthOfAll, frame.width - 6)
        layoutDirection: Qt.RightToLeft
        spacing: 2
        z: 2
        readonly property real implicitWidthOfAll: 9 * 26
        ToolBtn {
            text: "◀"; tip: qsTr("Move left")
            enabled: frame.tile.gridX > 0
            onClicked: monitor.setTileGeometry(frame.tile.index, frame.tile.gridX - 1, frame.tile.gridY, frame.tile.gridW, frame.tile.gridH)
        }
        ToolBtn {
            text: "▶"; tip: qsTr("Move right")
            enabled: frame.tile.gridX + frame.tile.gridW < frame.columns
            onClicked: monitor.setTileGeometry(frame.tile.index, frame.tile.gridX + 1, frame.tile.gridY, frame.tile.gridW, frame.tile.gridH)
        }
        ToolBtn {
            text: "▲"; tip: qsTr("Move up")
            enabled: frame.tile.gridY > 0
            onClicked: monitor.setTileGeometry(frame.tile.index, frame.tile.gridX, frame.tile.gridY - 1, frame.tile.gridW, frame.tile.gridH)
        }
        ToolBtn {
            text: "▼"; tip: qsTr("Move down")
            onClicked: monitor.setTileGeometry(frame.tile.index, frame.tile.gridX, frame.tile.gridY + 1, frame.tile.gridW, frame.tile.gridH)
        }
        ToolBtn {
            text: "⇠"; tip: qsTr("Narrower")
            enabled: frame.tile.gridW > 1
            onClicked: monitor.setTileGeometry(frame.tile.index, frame.tile.gridX, frame.tile.gridY, frame.tile.gridW - 1, frame.tile.gridH)
        }
        ToolBtn {
            text: "⇢"; tip: qsTr("Wider")
            enabled: frame.tile.gridX + frame.tile.gridW < frame.columns
            onClicked: monitor.setTileGeometry(frame.tile.index, frame.tile.gridX, frame.tile.gridY, frame.tile.gridW + 1, frame.tile.gridH)
        }
        ToolBtn {
            text: "⇡"; tip: qsTr("Shorter")
            enabled: frame.tile.gridH > 1
            onClicked: monitor.setTileGeometry(frame.tile.index, frame.tile.gridX, frame.tile.gridY, frame.tile.gridW, frame.tile.gridH - 1)
        }
        ToolBtn {
            text: "⇣"; tip: qsTr("Taller")
            onClicked: monitor.setTileGeometry(frame.tile.index, frame.tile.gridX, frame.tile.gridY, frame.tile.gridW, frame.tile.gridH + 1)
        }
        ToolBtn {
            text: "✕"; tip: qsTr("Remove tile")
            onClicked: monitor.removeTile(frame.tile.index)
        }
    }
}
