import QtQuick
import QtQuick.Controls

// Invokes an action of the twin (with an argument when it takes one) and shows its result.
Item {
    id: view
    property QtObject tile

    Column {
        anchors.fill: parent
        spacing: 4
        Row {
            width: parent.width
            spacing: 4
            TextField {
                id: argument
                visible: view.tile && view.tile.argumentHint !== ""
                width: parent.width - invoke.width - 4
                height: invoke.height
                placeholderText: view.tile ? view.tile.argumentHint : ""
                font.pixelSize: 12
                onAccepted: view.tile.invoke(text)
            }
            Button {
                id: invoke
                text: qsTr("Invoke")
                enabled: view.tile && !view.tile.busy
                onClicked: view.tile.invoke(argument.text)
            }
        }
        Text {
            width: parent.width
            text: view.tile ? view.tile.result : ""
            elide: Text.ElideRight
            font.pixelSize: 11
            color: view.tile && view.tile.failed ? theme.errorText : "#1e7b34"
        }
    }
}
