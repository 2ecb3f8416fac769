import QtQuick
import QtQuick.Controls

// Writes the desired value of a writable property: a slider, a number, a switch or a choice.
Item {
    id: view
    property QtObject tile

    Column {
        anchors.fill: parent
        spacing: 2
        Text {
            text: !view.tile ? "" : qsTr("reported %1 · desired %2")
                .arg(view.tile.hasValue ? view.tile.text : qsTr("—"))
                .arg(view.tile.desiredText !== "" ? view.tile.desiredText : qsTr("—"))
            font.pixelSize: 11
            color: theme.body
        }
        Loader {
            width: parent.width
            sourceComponent: !view.tile ? null
                : view.tile.control === "slider" ? slider
                : view.tile.control === "switch" ? toggle
                : view.tile.control === "choice" ? choice : field
        }
        Text {
            width: parent.width
            text: view.tile ? view.tile.result : ""
            elide: Text.ElideRight
            font.pixelSize: 10
            color: view.tile && view.tile.failed ? theme.errorText : "#1e7b34"
        }
    }
    Component {
        id: slider
        Slider {
            from: view.tile.minimum
            to: view.tile.maximum
            value: view.tile.hasValue ? view.tile.number : view.tile.minimum
            onPressedChanged: if (!pressed) view.tile.writeDesired(value)
        }
    }
    Component {
        id: toggle
        Switch {
            checked: view.tile.on
            onToggled: view.tile.writeDesired(checked)
        }
    }
    Component {
        id: choice
        ComboBox {
            model: view.tile.choices
            onActivated: view.tile.writeDesired(currentText)
        }
    }
    Component {
        id: field
        Row {
            spacing: 4
            TextField {
                id: input
                width: 110
                placeholderText: qsTr("value")
                onAccepted: view.tile.writeDesired(text)
            }
            Button {
                text: qsTr("Set")
                onClicked: view.tile.writeDesired(input.text)
            }
        }
    }
}
