#include "app/studio/shared/commandpalette.h"

#include "app/studio/shared/tr.h"

#include <QtGui/QAction>
#include <QtWidgets/QHeaderView>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QTreeWidget>
#include <QtWidgets/QVBoxLayout>

namespace twinloom::Studio {

CommandPalette::CommandPalette(const QList<QAction *> &actions, QWidget *parent)
    : QDialog(parent, Qt::Popup | Qt::FramelessWindowHint)
{
    setWindowTitle(Tr::tr("Commands"));
    auto *layout = new QVBoxLayout(this);
    m_filter = new QLineEdit(this);
    m_filter->setPlaceholderText(Tr::tr("Type a command…"));
    m_list = new QTreeWidget(this);
    m_list->setColumnCount(2);
    m_list->setHeaderHidden(true);
    m_list->setRootIsDecorated(false);
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    layout->addWidget(m_filter);
    layout->addWidget(m_list);
    for (QAction *a : actions) {
        if (a->isSeparator() || a->text().isEmpty())
            continue;
        auto *item =
            new QTreeWidgetItem(m_list, {a->text().remove(QLatin1Char('&')),
                                         a->shortcut().toString(QKeySequence::NativeText)});
        item->setData(0, Qt::UserRole, QVariant::fromValue(static_cast<QObject *>(a)));
        item->setDisabled(!a->isEnabled());
    }
    resize(520, 360);
    QObject::connect(m_filter, &QLineEdit::textChanged, this, &CommandPalette::refilter);
    QObject::connect(m_filter, &QLineEdit::returnPressed, this, &CommandPalette::runCurrent);
    QObject::connect(m_list, &QTreeWidget::itemActivated, this, &CommandPalette::runCurrent);
    refilter();
}

int CommandPalette::visibleCount() const
{
    int n = 0;
    for (int i = 0; i < m_list->topLevelItemCount(); ++i)
        n += m_list->topLevelItem(i)->isHidden() ? 0 : 1;
    return n;
}

void CommandPalette::refilter()
{
    // Every word typed must appear in the command's name.
    const QStringList words = m_filter->text().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    QTreeWidgetItem *first = nullptr;
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_list->topLevelItem(i);
        bool show = true;
        for (const QString &w : words)
            show = show && item->text(0).contains(w, Qt::CaseInsensitive);
        item->setHidden(!show);
        if (show && !first && !item->isDisabled())
            first = item;
    }
    m_list->setCurrentItem(first);
}

void CommandPalette::runCurrent()
{
    QTreeWidgetItem *item = m_list->currentItem();
    if (!item || item->isHidden() || item->isDisabled())
        return;
    auto *action = qobject_cast<QAction *>(item->data(0, Qt::UserRole).value<QObject *>());
    accept();
    if (action)
        action->trigger();
}

} // namespace twinloom::Studio
