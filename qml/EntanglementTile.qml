import QtQuick
import QtQuick.Controls

// A twin's entanglement: the product large, and timeliness, reliability and availability as
// bars. The figures come from the controller once a second.
Item {
    id: view
    property QtObject tile
    readonly property QtObject figures: tile ? tile.entanglement : null
    readonly property bool shown: figures !== null && figures.shown

    function tone(x) { return x >= 0.9 ? "#2e7d32" : (x >= 0.6 ? "#b26a00" : "#c62828") }

    Row {
        anchors.fill: parent
        spacing: 10
        Text {
            id: product
            anchors.verticalCenter: parent.verticalCenter
            width: Math.min(implicitWidth, view.width * 0.4)
            text: !view.shown ? qsTr("—")
                  : view.figures.hasData ? Number(view.figures.odte).toLocaleString(Qt.locale(), 'f', 2)
                  : qsTr("no data")
            font.pixelSize: Math.max(14, Math.min(30, view.height * 0.5))
            font.bold: true
            color: view.shown && view.figures.hasData ? view.tone(view.figures.odte) : theme.muted
            ToolTip.visible: hover.hovered && view.shown
            ToolTip.text: view.shown ? view.figures.details : ""
            HoverHandler { id: hover }
        }
        Column {
            anchors.verticalCenter: parent.verticalCenter
            width: parent.width - product.width - parent.spacing
            spacing: 2
            Repeater {
                model: view.figures ? view.figures.shares : []
                delegate: Item {
                    required property var modelData
                    width: parent.width
                    height: Math.max(12, Math.min(18, (view.height - 4) / 3))
                    readonly property bool known: view.shown && modelData.known
                    Text {
                        id: label
                        width: Math.min(implicitWidth, parent.width * 0.5)
                        anchors.verticalCenter: parent.verticalCenter
                        text: modelData.label
                        elide: Text.ElideRight
                        font.pixelSize: 10
                        color: theme.muted
                    }
                    Rectangle {
                        id: track
                        anchors.left: label.right
                        anchors.leftMargin: 6
                        anchors.right: share.left
                        anchors.rightMargin: 6
                        anchors.verticalCenter: parent.verticalCenter
                        height: 6
                        radius: 3
                        color: theme.track
                        Rectangle {
                            width: parent.width * (known ? Math.max(0, Math.min(1, modelData.value)) : 0)
                            height: parent.height
                            radius: 3
                            color: view.tone(modelData.value)
                        }
                    }
                    Text {
                        id: share
                        anchors.right: parent.right
                        anchors.verticalCenter: parent.verticalCenter
                        text: known ? Math.round(modelData.value * 100) + " %" : qsTr("—")
                        font.pixelSize: 10
                        color: theme.body
                    }
                }
            }
        }
    }
}
