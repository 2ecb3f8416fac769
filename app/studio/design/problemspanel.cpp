#include "app/studio/design/problemspanel.h"

#include "app/studio/shared/tr.h"

#include <QtWidgets/QHeaderView>

namespace twinloom::Studio {

ProblemsPanel::ProblemsPanel(QWidget *parent)
    : QTreeWidget(parent)
{
    setColumnCount(3);
    setHeaderLabels({Tr::tr("Problem"), Tr::tr("Twin"), Tr::tr("Where")});
    setUniformRowHeights(true);
    setRootIsDecorated(false);
    setAlternatingRowColors(true);
    header()->setSectionResizeMode(0, QHeaderView::Stretch);
    QObject::connect(this, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        const QString id = item->text(1);
        if (!id.isEmpty())
            Q_EMIT twinClicked(id);
    });
    QObject::connect(this, &QTreeWidget::itemClicked, this, [this](QTreeWidgetItem *item) {
        const QString id = item->text(1);
        if (!id.isEmpty())
            Q_EMIT twinClicked(id);
    });
}

void ProblemsPanel::setProblems(const std::vector<GraphProblem> &problems)
{
    clear();
    m_errors = 0;
    for (const GraphProblem &p : problems) {
        const bool error = p.severity == Diagnostic::Severity::Error;
        m_errors += error ? 1 : 0;
        auto *item = new QTreeWidgetItem(this, {p.message, p.twinId, p.pointer});
        item->setIcon(0, style()->standardIcon(error ? QStyle::SP_MessageBoxCritical
                                                     : QStyle::SP_MessageBoxWarning));
        item->setToolTip(0, p.message);
    }
}

} // namespace twinloom::Studio
