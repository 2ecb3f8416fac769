import QtQuick

// A number with its unit and the direction of its last change.
Item {
    id: view
    property QtObject tile

    Row {
        anchors.centerIn: parent
        spacing: 6
        Text {
            id: number
            text: view.tile && view.tile.hasValue ? view.tile.text : qsTr("—")
            font.pixelSize: Math.max(14, Math.min(34, view.height * 0.6))
            font.bold: true
            color: view.tile && view.tile.stale ? theme.muted : theme.text
        }
        Text {
            anchors.baseline: number.baseline
            text: view.tile ? view.tile.unit : ""
            font.pixelSize: Math.max(11, number.font.pixelSize * 0.5)
            color: theme.muted
        }
        Text {
            anchors.baseline: number.baseline
            visible: view.tile && view.tile.hasValue
            text: !view.tile ? "" : (view.tile.trend > 0 ? "▲" : (view.tile.trend < 0 ? "▼" : "●"))
            font.pixelSize: Math.max(10, number.font.pixelSize * 0.45)
            color: !view.tile ? theme.text : (view.tile.trend > 0 ? "#c0392b" : (view.tile.trend < 0 ? "#2471a3" : theme.muted))
        }
    }
}
