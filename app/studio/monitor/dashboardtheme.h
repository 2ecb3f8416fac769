#pragma once

#include <QtCore/QObject>
#include <QtGui/QColor>

namespace twinloom::Studio {

// The colours of the dashboards, light or dark after the window's palette: the QML tiles take
// every colour from here (the context property "theme").
class DashboardTheme : public QObject
{
    Q_OBJECT
    Q_PROPERTY(bool dark READ isDark NOTIFY changed)
    Q_PROPERTY(QColor background READ background NOTIFY changed) // behind the tiles
    Q_PROPERTY(QColor card READ card NOTIFY changed)             // a tile
    Q_PROPERTY(QColor border READ border NOTIFY changed)         // a tile's frame
    Q_PROPERTY(QColor text READ text NOTIFY changed)             // values, headings
    Q_PROPERTY(QColor body READ body NOTIFY changed)             // titles, labels
    Q_PROPERTY(QColor muted READ muted NOTIFY changed)           // units, ages, hints
    Q_PROPERTY(QColor track READ track NOTIFY changed)           // empty gauges, lamps, bars
    Q_PROPERTY(QColor accentFill READ accentFill NOTIFY changed)
    Q_PROPERTY(QColor accentBorder READ accentBorder NOTIFY changed)
    Q_PROPERTY(QColor accentText READ accentText NOTIFY changed)
    Q_PROPERTY(QColor errorFill READ errorFill NOTIFY changed)
    Q_PROPERTY(QColor errorBorder READ errorBorder NOTIFY changed)
    Q_PROPERTY(QColor errorText READ errorText NOTIFY changed)
    Q_PROPERTY(QColor warningText READ warningText NOTIFY changed)

public:
    explicit DashboardTheme(QObject *parent = nullptr);

    bool isDark() const { return m_dark; }
    void setDark(bool dark);
    // Dark when the palette's window colour is.
    static bool isDarkPalette(const QPalette &palette);

    QColor background() const { return pick(0xe9edf1, 0x1b1d21); }
    QColor card() const { return pick(0xffffff, 0x272a30); }
    QColor border() const { return pick(0xc9d1d9, 0x3d424a); }
    QColor text() const { return pick(0x15212d, 0xe8eaed); }
    QColor body() const { return pick(0x3b4754, 0xc8ccd2); }
    QColor muted() const { return pick(0x6b7785, 0x979ea8); }
    QColor track() const { return pick(0xe3e7eb, 0x3a3f47); }
    QColor accentFill() const { return pick(0xe1efff, 0x1d3550); }
    QColor accentBorder() const { return pick(0x9cc3f0, 0x3d6fa8); }
    QColor accentText() const { return pick(0x1a4f8b, 0xa9cdf5); }
    QColor errorFill() const { return pick(0xfdecea, 0x4a2320); }
    QColor errorBorder() const { return pick(0xe0a39c, 0x8c3b33); }
    QColor errorText() const { return pick(0x8b1c12, 0xf4b4ab); }
    QColor warningText() const { return pick(0x8a5a00, 0xf0c060); }

Q_SIGNALS:
    void changed();

private:
    QColor pick(QRgb light, QRgb dark) const { return QColor::fromRgb(m_dark ? dark : light); }

    bool m_dark = false;
};

} // namespace twinloom::Studio
