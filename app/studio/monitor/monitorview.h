#pragma once

#include "app/studio/monitor/monitorcontroller.h"

#include <QtWidgets/QWidget>

class QComboBox;
class QMenu;
class QQuickWidget;
class QToolButton;
class QUndoStack;

namespace twinloom::Studio {

class EngineHost;
class GraphModel;
class RemoteTwins;
class TileInspector;

// Monitor mode: a twin or saved dashboard to choose, its tiles in Qt Quick, and the edit tools.
class MonitorView : public QWidget
{
    Q_OBJECT

public:
    MonitorView(GraphModel *model, QUndoStack *undo, EngineHost *host,
                RemoteTwins *remote = nullptr, QWidget *parent = nullptr);
    ~MonitorView() override;

    MonitorController *controller() const { return m_controller; }
    QQuickWidget *quickWidget() const { return m_quick; }
    TileInspector *tileInspector() const { return m_inspector; }
    // The operator view: the dashboard alone, without the chooser and the edit tools.
    void setOperatorView(bool on);
    bool isOperatorView() const { return m_operator; }
    // Fills the chooser again (after open, or when twins or dashboards changed).
    void refreshChoices();
    void showTwin(const QString &twinId);
    // Chooses remote twin `id` of source `source` (see RemoteTwins) in the chooser.
    bool showRemoteTwin(const QString &source, const QString &id);
    QComboBox *chooser() const { return m_chooser; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void choose(int index);
    // A group per source after the project's twins: its title, then its twins.
    void addRemoteChoices(const RemoteTwins &remote);
    static QString remoteChoice(const QString &source, const QString &id);
    void fillAddMenu();
    // An entry of the Add Tile menu that adds `tile`, among the tiles of `twins` twins.
    void offerTile(QMenu *menu, const Tile &tile, int twins);
    void exportPlot(int index, const QString &format);

    MonitorController *m_controller;
    GraphModel *m_model;
    QComboBox *m_chooser;
    QToolButton *m_edit;
    QToolButton *m_add;
    QToolButton *m_remove;
    QWidget *m_bar;
    QToolButton *m_remoteSources;
    QQuickWidget *m_quick;
    TileInspector *m_inspector;
    bool m_operator = false;
};

} // namespace twinloom::Studio
