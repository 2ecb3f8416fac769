#pragma once

#include <QtWidgets/QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QSpinBox;

namespace twinloom::Studio {

class RemoteTwins;

// Monitor ▸ Remote Twins…: the MQTT brokers and CoAP servers browsed for remote twins (added,
// removed, remembered between sessions without their passwords) and the problems met with them.
class RemoteSourcesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit RemoteSourcesDialog(RemoteTwins *remote, QWidget *parent = nullptr);

    // Adds the source the form describes; false (with the reason shown) when it is not usable.
    bool addFromForm();
    QComboBox *kindField() const { return m_kind; }
    QLineEdit *hostField() const { return m_host; }
    QSpinBox *portField() const { return m_port; }
    QLineEdit *prefixField() const { return m_prefix; }
    QLineEdit *tokenField() const { return m_token; }
    QListWidget *sourceList() const { return m_sources; }
    QLabel *problemSummary() const { return m_summary; }

private:
    void refresh();

    RemoteTwins *m_remote;
    QListWidget *m_sources;
    QComboBox *m_kind;
    QLineEdit *m_host;
    QSpinBox *m_port;
    QLineEdit *m_prefix;
    QLineEdit *m_user;
    QLineEdit *m_password;
    QLineEdit *m_ca;
    QLineEdit *m_token;
    QCheckBox *m_https;
    QLabel *m_error;
    QLabel *m_summary;
    QPlainTextEdit *m_problems;
};

} // namespace twinloom::Studio
