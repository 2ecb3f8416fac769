#include "app/studio/monitor/dashboardtheme.h"

#include <QtGui/QPalette>

namespace twinloom::Studio {

DashboardTheme::DashboardTheme(QObject *parent)
    : QObject(parent)
{}

void DashboardTheme::setDark(bool dark)
{
    if (dark == m_dark)
        return;
    m_dark = dark;
    Q_EMIT changed();
}

bool DashboardTheme::isDarkPalette(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

} // namespace twinloom::Studio
