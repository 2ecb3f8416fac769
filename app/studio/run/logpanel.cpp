#include "app/studio/run/logpanel.h"

#include "app/studio/shared/tr.h"

#include <QtWidgets/QComboBox>
#include <QtWidgets/QHBoxLayout>
#include <QtWidgets/QHeaderView>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QTableWidget>
#include <QtWidgets/QVBoxLayout>

namespace twinloom::Studio {

LogPanel::LogPanel(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *row = new QHBoxLayout;
    m_filter = new QLineEdit(this);
    m_filter->setPlaceholderText(Tr::tr("Filter by twin, source or text"));
    m_filter->setClearButtonEnabled(true);
    m_level = new QComboBox(this);
    m_level->addItems({Tr::tr("All levels"), Tr::tr("Warnings and errors"), Tr::tr("Errors")});
    row->addWidget(m_filter, 1);
    row->addWidget(m_level);
    layout->addLayout(row);
    m_table = new QTableWidget(0, 5, this);
    m_table->setHorizontalHeaderLabels(
        {Tr::tr("Time"), Tr::tr("Level"), Tr::tr("Twin"), Tr::tr("Source"), Tr::tr("Message")});
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    layout->addWidget(m_table);
    auto refilterAll = [this] {
        for (int r = 0; r < m_table->rowCount(); ++r)
            applyFilter(r);
    };
    QObject::connect(m_filter, &QLineEdit::textChanged, this, refilterAll);
    QObject::connect(m_level, &QComboBox::currentIndexChanged, this, refilterAll);
}

void LogPanel::append(const LogEntry &entry)
{
    if (m_table->rowCount() >= kMaxRows)
        m_table->removeRow(0);
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    static const char *levels[] = {QT_TRANSLATE_NOOP("Twinloom::Studio", "info"),
                                   QT_TRANSLATE_NOOP("Twinloom::Studio", "warning"),
                                   QT_TRANSLATE_NOOP("Twinloom::Studio", "error")};
    const int level = static_cast<int>(entry.level);
    auto *levelItem = new QTableWidgetItem(Tr::tr(levels[level]));
    levelItem->setData(Qt::UserRole, level);
    m_table->setItem(row, 0, new QTableWidgetItem(entry.time.toString(QStringLiteral("HH:mm:ss"))));
    m_table->setItem(row, 1, levelItem);
    // The twin by name, its id on hover; the filter matches both.
    const QString name = m_names && !entry.twinId.isEmpty() ? m_names(entry.twinId) : entry.twinId;
    auto *twinItem = new QTableWidgetItem(name.isEmpty() ? entry.twinId : name);
    twinItem->setData(Qt::UserRole, entry.twinId);
    if (!entry.twinId.isEmpty())
        twinItem->setToolTip(entry.twinId);
    m_table->setItem(row, 2, twinItem);
    m_table->setItem(row, 3, new QTableWidgetItem(entry.source));
    m_table->setItem(row, 4, new QTableWidgetItem(entry.message));
    applyFilter(row);
    if (!m_table->isRowHidden(row))
        m_table->scrollToBottom();
}

void LogPanel::clear()
{
    m_table->setRowCount(0);
}

int LogPanel::rowCount() const
{
    return m_table->rowCount();
}

int LogPanel::visibleRowCount() const
{
    int n = 0;
    for (int r = 0; r < m_table->rowCount(); ++r)
        n += m_table->isRowHidden(r) ? 0 : 1;
    return n;
}

void LogPanel::setFilter(const QString &text, int minimumLevel)
{
    m_level->setCurrentIndex(minimumLevel);
    m_filter->setText(text);
}

void LogPanel::applyFilter(int row)
{
    const QString text = m_filter->text();
    const int level = m_table->item(row, 1)->data(Qt::UserRole).toInt();
    bool show = level >= m_level->currentIndex();
    if (show && !text.isEmpty()) {
        show = false;
        for (int c : {2, 3, 4})
            show = show || m_table->item(row, c)->text().contains(text, Qt::CaseInsensitive);
        show = show || m_table->item(row, 2)
                           ->data(Qt::UserRole)
                           .toString()
                           .contains(text, Qt::CaseInsensitive);
    }
    m_table->setRowHidden(row, !show);
}

} // namespace twinloom::Studio
