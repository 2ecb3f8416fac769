#pragma once

#include "app/studio/shared/graphmodel.h"

#include <QtWidgets/QTreeWidget>

#include <vector>

namespace twinloom::Studio {

// Problems of the project: errors and warnings, each clickable to its twin.
class ProblemsPanel : public QTreeWidget
{
    Q_OBJECT

public:
    explicit ProblemsPanel(QWidget *parent = nullptr);
    void setProblems(const std::vector<GraphProblem> &problems);
    int errorCount() const { return m_errors; }

Q_SIGNALS:
    void twinClicked(const QString &twinId);

private:
    int m_errors = 0;
};

} // namespace twinloom::Studio
