#pragma once

#include <QtWidgets/QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;

namespace twinloom::Studio {

class GraphModel;
class MonitorController;
struct Tile;

// The properties of the tile selected in the Monitor while editing: its title, what it shows
// (member, tile type among those that fit the member's schema), and for a plot its history and
// series. Every change is one undoable edit through the controller.
class TileInspector : public QWidget
{
    Q_OBJECT

public:
    TileInspector(MonitorController *controller, GraphModel *model, QWidget *parent = nullptr);

    // Shows the selected tile again (after a selection or an edit).
    void refresh();

private:
    void edit(const Tile &tile, const QString &text);
    void fillSeriesProperties();

    MonitorController *m_controller;
    GraphModel *m_model;
    QLabel *m_heading;
    QLineEdit *m_title;
    QComboBox *m_member;
    QComboBox *m_type;
    QLabel *m_historyLabel;
    QSpinBox *m_history;
    QLabel *m_spanLabel;
    QSpinBox *m_span;
    QLabel *m_seriesLabel;
    QListWidget *m_series;
    QComboBox *m_seriesTwin;
    QComboBox *m_seriesProperty;
    QPushButton *m_addSeries;
    QPushButton *m_removeSeries;
    QWidget *m_form;
    QLabel *m_none;
};

} // namespace twinloom::Studio
