#pragma once

#include <QtWidgets/QBoxLayout>
#include <QtWidgets/QLabel>

namespace twinloom::Studio {

// The bold heading at the top of a panel or an editor, added to `layout`.
inline QLabel *addTitleLabel(QBoxLayout *layout, QWidget *parent, qreal scale = 1.0)
{
    auto *title = new QLabel(parent);
    QFont bold = title->font();
    bold.setBold(true);
    if (scale != 1.0)
        bold.setPointSizeF(bold.pointSizeF() * scale);
    title->setFont(bold);
    title->setWordWrap(true);
    layout->addWidget(title);
    return title;
}

} // namespace twinloom::Studio
