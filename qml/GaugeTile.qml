import QtQuick
import Twinloom.Monitor

// A number between the minimum and maximum of its schema, as an arc.
Item {
    id: view
    property QtObject tile

    readonly property real fraction: !tile || !tile.hasValue || tile.maximum <= tile.minimum ? 0
        : Math.max(0, Math.min(1, (tile.number - tile.minimum) / (tile.maximum - tile.minimum)))

    GaugeArc {
        anchors.fill: parent
        fraction: view.fraction
        showValue: view.tile !== null && view.tile.hasValue
        color: view.tile && view.tile.stale ? theme.muted : (view.fraction > 0.85 ? "#d9534f" : "#2f7ed8")
        trackColor: theme.track
    }
    Column {
        anchors.horizontalCenter: parent.horizontalCenter
        y: parent.height * 0.62 - height / 2
        Text {
            anchors.horizontalCenter: parent.horizontalCenter
            text: view.tile && view.tile.hasValue ? view.tile.text : qsTr("—")
            font.pixelSize: Math.max(13, Math.min(26, view.height * 0.2))
            font.bold: true
            color: theme.text
        }
        Text {
            anchors.horizontalCenter: parent.horizontalCenter
            text: view.tile ? view.tile.unit : ""
            font.pixelSize: 11
            color: theme.muted
        }
    }
    Text {
        x: 4
        anchors.bottom: parent.bottom
        text: view.tile ? Number(view.tile.minimum).toLocaleString(Qt.locale(), 'f', 0) : ""
        font.pixelSize: 10
        color: theme.muted
    }
    Text {
        anchors.right: parent.right
        anchors.rightMargin: 4
        anchors.bottom: parent.bottom
        text: view.tile ? Number(view.tile.maximum).toLocaleString(Qt.locale(), 'f', 0) : ""
        font.pixelSize: 10
        color: theme.muted
    }
}
