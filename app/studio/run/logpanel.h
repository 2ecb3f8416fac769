#pragma once

#include "app/studio/shared/logentry.h"

#include <QtWidgets/QWidget>

#include <functional>

class QComboBox;
class QLineEdit;
class QTableWidget;

namespace twinloom::Studio {

// The run log, filtered by twin, source and level.
class LogPanel : public QWidget
{
    Q_OBJECT

public:
    explicit LogPanel(QWidget *parent = nullptr);
    // Names twins in the Twin column (their ids on hover); without it, ids.
    void setNameLookup(std::function<QString(const QString &)> names)
    {
        m_names = std::move(names);
    }
    void append(const LogEntry &entry);
    void clear();
    int rowCount() const;
    int visibleRowCount() const;
    void setFilter(const QString &text, int minimumLevel);

private:
    void applyFilter(int row);
    QLineEdit *m_filter;
    QComboBox *m_level;
    QTableWidget *m_table;
    static constexpr int kMaxRows = 5000;
    std::function<QString(const QString &)> m_names;
};

} // namespace twinloom::Studio
