#pragma once

#include "app/studio/design/canvasview.h"
#include "app/studio/design/graphscene.h"
#include "app/studio/design/inspectorpanel.h"
#include "app/studio/design/palettepanel.h"
#include "app/studio/design/problemspanel.h"
#include "app/studio/monitor/monitorview.h"
#include "app/studio/run/logpanel.h"
#include "app/studio/shared/enginehost.h"
#include "app/studio/shared/graphmodel.h"
#include "app/studio/shared/twintree.h"

#include <QtCore/QHash>
#include <QtCore/QTimer>
#include <QtWidgets/QMainWindow>

class QActionGroup;
class QLabel;
class QMenu;
class QStackedWidget;
class QUndoStack;

namespace twinloom::Studio {

// The Twinloom desktop window: Design (the canvas and its editors), Run (the embedded engine,
// live state on the canvas, the log) and Monitor (live dashboards) over one open project. Commands
// are named actions with ids that menus, toolbars, shortcuts and the command palette share.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    enum class Mode { Design, Run, Monitor };

    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens a project file; false (and a message) when it cannot be read.
    bool openFile(const QString &path, QString *error = nullptr);
    bool saveFile(const QString &path, QString *error = nullptr);
    QString filePath() const { return m_path; }
    bool isDirty() const;
    // Unattended (a screenshot, a script): no prompt waits for a user. Nothing is recovered or
    // saved without asking; the autosave of unsaved changes is kept for the next session.
    void setUnattended(bool on) { m_unattended = on; }
    // Where the unsaved changes of the open file are kept (one file per project path).
    QString autosavePath() const;
    // Writes the unsaved changes there (every 30 s while the project is changed).
    void autosave();

    QAction *action(const QString &id) const { return m_actions.value(id); }
    // Serves the twins of the next run over HTTP on the address ("127.0.0.1:8080"), or not (empty,
    // the default): Run ▸ Serve Twins over HTTP.
    void setHttpServing(const QString &address);
    QStringList actionIds() const { return m_actions.keys(); }
    GraphModel *model() const { return m_model; }
    GraphScene *scene() const { return m_scene; }
    CanvasView *view() const { return m_view; }
    QUndoStack *undoStack() const { return m_undo; }
    EngineHost *engineHost() const { return m_host; }
    RemoteTwins *remoteTwins() const { return m_remote; }
    InspectorPanel *inspector() const { return m_inspector; }
    ProblemsPanel *problemsPanel() const { return m_problems; }
    TwinTree *twinTree() const { return m_twinTree; }
    // Selects a twin on the canvas and centres it, or shows its dashboard in the Monitor.
    void showTwin(const QString &id);
    // Ctrl+F: the filter of the twin tree.
    void findTwin();
    LogPanel *logPanel() const { return m_log; }
    MonitorView *monitor() const { return m_monitor; }
    Mode mode() const { return m_mode; }
    void setMode(Mode mode);
    // View ▸ Operator View: the Monitor's dashboard alone, full screen; Esc leaves it.
    void setOperatorView(bool on);
    bool isOperatorView() const { return m_operator; }
    // Validates now instead of after the short pause that follows edits.
    void validateNow();
    // File ▸ Import and Export: DTDL models into the open project (undoable); a new project from
    // WoT Thing Descriptions or an Azure Digital Twins graph; the project in an exchange format.
    bool importModels(const QStringList &paths, QString *error = nullptr);
    bool importAsProject(const QString &format, const QStringList &paths, QString *error = nullptr);
    // A written export is confirmed in the status bar and in the Log.
    bool exportTo(const QString &format, const QString &path, QString *message = nullptr);
    // Writes the picture of the graph; the format follows the suffix (png, svg, pdf).
    bool exportPicture(const QString &path, QString *error = nullptr);
    void setDarkPalette(bool dark);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    QAction *addCommand(const QString &id, const QString &text, const QKeySequence &shortcut,
                        std::function<void()> run,
                        QStyle::StandardPixmap icon = QStyle::SP_CustomBase);
    void buildActions();
    void buildMenus();
    void buildDocks();
    void updateTitle();
    void updateRecent();
    void addRecent(const QString &path);
    bool maybeSave();
    void newProject();
    void open();
    bool save();
    bool saveAs();
    void exportPictureDialog();
    void copy();
    void cut();
    void paste();
    void deleteSelection();
    void selectAll();
    void autoLayout();
    void align(bool horizontally);
    void startEngine(const QString &node);
    void stopEngine();
    void chooseHttpServing();
    void onFrame(const QStringList &twins);
    void onSelectionChanged();
    void showCommandPalette();
    void offerRecovery(const QString &path);
    void showProblems();
    std::vector<GraphProblem> m_designProblems;
    bool m_unattended = false;
    void statusMessage(const QString &text);
    // Confirms what a command did (an export): the status bar and the Log.
    void confirm(const QString &source, const QString &message);

    GraphModel *m_model;
    QUndoStack *m_undo;
    GraphScene *m_scene;
    CanvasView *m_view;
    EngineHost *m_host;
    RemoteTwins *m_remote;
    QStackedWidget *m_central = nullptr;
    MonitorView *m_monitor = nullptr;
    PalettePanel *m_palette = nullptr;
    InspectorPanel *m_inspector = nullptr;
    ProblemsPanel *m_problems = nullptr;
    TwinTree *m_twinTree = nullptr;
    LogPanel *m_log = nullptr;
    QDockWidget *m_logDock = nullptr;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_nodeMenu = nullptr;
    QLabel *m_modeLabel = nullptr;
    QLabel *m_zoomLabel = nullptr;
    QLabel *m_problemLabel = nullptr;
    QHash<QString, QAction *> m_actions;
    QActionGroup *m_modes = nullptr;
    QString m_path;
    Mode m_mode = Mode::Design;
    // Design panels hidden while the Monitor shows, to be shown again when it is left.
    QList<QDockWidget *> m_hiddenForMonitor;
    // What the operator view hid, and whether the window was maximized before.
    QList<QWidget *> m_hiddenForOperator;
    bool m_operator = false;
    bool m_wasMaximized = false;
    QTimer m_validate;
    QTimer m_autosave;
    QTimer m_metrics;
};

} // namespace twinloom::Studio
