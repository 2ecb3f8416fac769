#include "app/studio/monitor/remotesourcesdialog.h"

#include "app/studio/monitor/remotetwins.h"
#include "app/studio/shared/tr.h"

#include <QtCore/QLocale>
#include <QtWidgets/QCheckBox>
#include <QtWidgets/QComboBox>
#include <QtWidgets/QDialogButtonBox>
#include <QtWidgets/QFormLayout>
#include <QtWidgets/QGroupBox>
#include <QtWidgets/QHBoxLayout>
#include <QtWidgets/QLabel>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QListWidget>
#include <QtWidgets/QPlainTextEdit>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QSpinBox>
#include <QtWidgets/QVBoxLayout>

namespace twinloom::Studio {

namespace {
QString problemLine(const RemoteTwins::Problem &p)
{
    return Tr::tr("%1  %2: %3")
        .arg(QLocale().toString(p.time.time(), QStringLiteral("HH:mm:ss")), p.source, p.message);
}
} // namespace

RemoteSourcesDialog::RemoteSourcesDialog(RemoteTwins *remote, QWidget *parent)
    : QDialog(parent)
    , m_remote(remote)
    , m_sources(new QListWidget(this))
    , m_kind(new QComboBox(this))
    , m_host(new QLineEdit(QStringLiteral("127.0.0.1"), this))
    , m_port(new QSpinBox(this))
    , m_prefix(new QLineEdit(QStringLiteral("twinloom"), this))
    , m_user(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_ca(new QLineEdit(this))
    , m_token(new QLineEdit(this))
    , m_https(new QCheckBox(Tr::tr("HTTP&S"), this))
    , m_error(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_problems(new QPlainTextEdit(this))
{
    setWindowTitle(Tr::tr("Remote Twins"));
    m_kind->addItem(Tr::tr("MQTT broker"));
    m_kind->addItem(Tr::tr("CoAP server"));
    m_kind->addItem(Tr::tr("HTTP runner"));
    m_token->setEchoMode(QLineEdit::Password);
    m_token->setPlaceholderText(Tr::tr("bearer token, kept until the studio closes"));
    m_token->setEnabled(false);
    m_https->setEnabled(false);
    m_port->setRange(1, 65535);
    m_port->setValue(1883);
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(Tr::tr("kept until the studio closes"));
    m_ca->setPlaceholderText(Tr::tr("CA certificate file, for TLS"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #c0392b"));
    m_problems->setReadOnly(true);
    m_problems->setMaximumBlockCount(200);

    auto *remove = new QPushButton(Tr::tr("&Remove"), this);
    auto *add = new QPushButton(Tr::tr("&Add"), this);
    auto *form = new QFormLayout;
    form->addRow(Tr::tr("&Kind:"), m_kind);
    form->addRow(Tr::tr("&Host:"), m_host);
    form->addRow(Tr::tr("&Port:"), m_port);
    form->addRow(Tr::tr("Topic p&refix:"), m_prefix);
    form->addRow(Tr::tr("&User:"), m_user);
    form->addRow(Tr::tr("Pass&word:"), m_password);
    form->addRow(Tr::tr("&CA file:"), m_ca);
    form->addRow(Tr::tr("&Token:"), m_token);
    form->addRow(QString(), m_https);
    form->addRow(QString(), add);
    auto *formBox = new QGroupBox(Tr::tr("Add a source"), this);
    formBox->setLayout(form);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(Tr::tr("Sources browsed for twin descriptions:"), this));
    auto *row = new QHBoxLayout;
    row->addWidget(m_sources, 1);
    row->addWidget(remove, 0, Qt::AlignTop);
    layout->addLayout(row);
    layout->addWidget(formBox);
    layout->addWidget(m_error);
    layout->addWidget(m_summary);
    layout->addWidget(m_problems, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    layout->addWidget(buttons);

    QObject::connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    QObject::connect(m_kind, &QComboBox::currentIndexChanged, this, [this](int kind) {
        // A CoAP server lists its twins itself: no prefix, no account. An HTTP runner takes a
        // bearer token.
        const bool mqtt = kind == 0;
        const bool http = kind == 2;
        m_port->setValue(mqtt ? 1883 : http ? 8080 : 5683);
        m_token->setEnabled(http);
        m_https->setEnabled(http);
        for (QWidget *w : {static_cast<QWidget *>(m_prefix), static_cast<QWidget *>(m_user),
                           static_cast<QWidget *>(m_password), static_cast<QWidget *>(m_ca)})
            w->setEnabled(mqtt);
    });
    QObject::connect(add, &QPushButton::clicked, this, &RemoteSourcesDialog::addFromForm);
    QObject::connect(remove, &QPushButton::clicked, this, [this] {
        if (QListWidgetItem *item = m_sources->currentItem()) {
            m_remote->removeSource(item->data(Qt::UserRole).toString());
            m_remote->saveSettings();
            refresh();
        }
    });
    QObject::connect(m_remote, &RemoteTwins::changed, this, &RemoteSourcesDialog::refresh);
    QObject::connect(m_remote, &RemoteTwins::problem, this, [this](const RemoteTwins::Problem &p) {
        m_problems->appendPlainText(problemLine(p));
        refresh();
    });
    for (const RemoteTwins::Problem &p : m_remote->problems())
        m_problems->appendPlainText(problemLine(p));
    resize(520, 560);
    refresh();
}

bool RemoteSourcesDialog::addFromForm()
{
    RemoteSource s;
    s.kind = m_kind->currentIndex() == 1   ? RemoteSource::Kind::Coap
             : m_kind->currentIndex() == 2 ? RemoteSource::Kind::Http
                                           : RemoteSource::Kind::Mqtt;
    s.token = m_token->text().trimmed();
    s.https = m_https->isChecked();
    s.host = m_host->text().trimmed();
    s.port = m_port->value();
    s.prefix = m_prefix->text().trimmed();
    s.username = m_user->text().trimmed();
    s.password = m_password->text();
    s.caFile = m_ca->text().trimmed();
    QString error;
    if (!m_remote->addSource(s, &error)) {
        m_error->setText(error);
        return false;
    }
    m_error->clear();
    m_remote->saveSettings();
    refresh();
    return true;
}

void RemoteSourcesDialog::refresh()
{
    const QString current = m_sources->currentItem()
                                ? m_sources->currentItem()->data(Qt::UserRole).toString()
                                : QString();
    const std::vector<RemoteTwin> twins = m_remote->twins();
    m_sources->clear();
    for (const RemoteSource &s : m_remote->sources()) {
        const QString key = s.key();
        const auto count = std::count_if(twins.begin(), twins.end(),
                                         [&](const RemoteTwin &t) { return t.source == key; });
        const QString state = m_remote->isConnected(key)
                                  ? Tr::tr("connected, %n twin(s)", nullptr, int(count))
                                  : Tr::tr("not connected");
        const QString text = s.kind != RemoteSource::Kind::Mqtt
                                 ? Tr::tr("%1 — %2").arg(s.label(), state)
                                 : Tr::tr("%1, prefix %2 — %3").arg(s.label(), s.prefix, state);
        auto *item = new QListWidgetItem(text, m_sources);
        item->setData(Qt::UserRole, key);
        if (key == current)
            m_sources->setCurrentItem(item);
    }
    m_summary->setText(Tr::tr("%n problem(s) so far", nullptr, m_remote->problemCount()));
}

} // namespace twinloom::Studio
