#include "app/studio/shared/mainwindow.h"

#include "app/studio/design/edgeitem.h"
#include "app/studio/design/minimap.h"
#include "app/studio/design/twinitem.h"
#include "app/studio/monitor/remotetwins.h"
#include "app/studio/shared/commandpalette.h"
#include "app/studio/shared/grapheditbuilder.h"
#include "app/studio/shared/interopactions.h"
#include "app/studio/shared/tr.h"
#include "engine/jsoninput.h"
#include "engine/project.h"

#include <QtCore/QCryptographicHash>
#include <QtCore/QDir>
#include <QtCore/QFile>
#include <QtCore/QFileInfo>
#include <QtCore/QFutureWatcher>
#include <QtCore/QMimeData>
#include <QtCore/QSaveFile>
#include <QtCore/QSettings>
#include <QtCore/QStandardPaths>
#include <QtGui/QActionGroup>
#include <QtGui/QClipboard>
#include <QtGui/QCloseEvent>
#include <QtGui/QGuiApplication>
#include <QtGui/QPainter>
#include <QtGui/QPdfWriter>
#include <QtGui/QUndoStack>
#include <QtSvg/QSvgGenerator>
#include <QtWidgets/QApplication>
#include <QtWidgets/QDockWidget>
#include <QtWidgets/QFileDialog>
#include <QtWidgets/QInputDialog>
#include <QtWidgets/QLabel>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QMenuBar>
#include <QtWidgets/QMessageBox>
#include <QtWidgets/QStackedWidget>
#include <QtWidgets/QStatusBar>
#include <QtWidgets/QStyleFactory>
#include <QtWidgets/QToolBar>
#include <QtWidgets/QToolButton>

namespace twinloom::Studio {

namespace {
constexpr int kMaxRecent = 10;
const char *kClipboardMime = "application/x-twinloom-twins";

QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x2b, 0x2d, 0x31);
    const QColor base(0x1f, 0x21, 0x24);
    const QColor text(0xe6, 0xe6, 0xe6);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, window);
    p.setColor(QPalette::ToolTipBase, base);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, window);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::Highlight, QColor(0x3d, 0x8b, 0xfd));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Mid, QColor(0x5a, 0x5d, 0x63));
    // Hints in empty fields (the Log's filter) readable on the dark base.
    p.setColor(QPalette::PlaceholderText, QColor(0x9a, 0xa0, 0xa8));
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x80, 0x80, 0x80));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x80, 0x80, 0x80));
    return p;
}
} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_model(new GraphModel(this))
    , m_undo(new QUndoStack(this))
    , m_scene(new GraphScene(m_model, m_undo, this))
    , m_view(new CanvasView(m_scene, this))
    , m_host(new EngineHost(this))
    , m_remote(new RemoteTwins(this))
{
    setObjectName(QStringLiteral("twinloomMainWindow"));
    m_monitor = new MonitorView(m_model, m_undo, m_host, m_remote, this);
    m_central = new QStackedWidget(this);
    m_central->addWidget(m_view);
    m_central->addWidget(m_monitor);
    setCentralWidget(m_central);
    setDockNestingEnabled(true);
    buildActions();
    buildDocks();
    buildMenus();

    m_modeLabel = new QLabel(this);
    m_problemLabel = new QLabel(this);
    m_zoomLabel = new QLabel(this);
    statusBar()->addPermanentWidget(m_problemLabel);
    statusBar()->addPermanentWidget(m_modeLabel);
    statusBar()->addPermanentWidget(m_zoomLabel);
    QObject::connect(m_view, &CanvasView::zoomChanged, this, [this](double z) {
        m_zoomLabel->setText(Tr::tr("%1 %").arg(qRound(z * 100)));
    });
    m_zoomLabel->setText(Tr::tr("%1 %").arg(100));

    QObject::connect(m_undo, &QUndoStack::cleanChanged, this, &MainWindow::updateTitle);
    QObject::connect(m_scene, &GraphScene::message, this, &MainWindow::statusMessage);
    QObject::connect(m_scene, &QGraphicsScene::selectionChanged, this,
                     &MainWindow::onSelectionChanged);
    QObject::connect(m_scene, &GraphScene::twinActivated, this, [this](const QString &id) {
        m_inspector->showTwin(id);
        if (auto *dock = qobject_cast<QDockWidget *>(m_inspector->parentWidget()))
            dock->raise();
    });
    QObject::connect(m_problems, &ProblemsPanel::twinClicked, this, [this](const QString &id) {
        m_scene->selectTwins({id});
        if (TwinItem *item = m_scene->twinItem(id))
            m_view->centerOn(item);
    });
    // Validation runs after a short pause in editing, not on every keystroke or drag step.
    m_validate.setSingleShot(true);
    m_validate.setInterval(250);
    QObject::connect(&m_validate, &QTimer::timeout, this, &MainWindow::validateNow);
    QObject::connect(m_model, &GraphModel::changed, &m_validate, qOverload<>(&QTimer::start));

    QObject::connect(m_host, &EngineHost::frame, this, &MainWindow::onFrame);
    QObject::connect(m_host, &EngineHost::log, m_log, &LogPanel::append);
    QObject::connect(m_host, &EngineHost::healthChanged, this, &MainWindow::showProblems);
    // The mirrors of remote twins run beside the project: their lifecycle and problems too.
    QObject::connect(m_remote->mirrorHost(), &EngineHost::log, m_log, &LogPanel::append);
    QObject::connect(m_remote, &RemoteTwins::problem, m_log, [this](const RemoteTwins::Problem &p) {
        m_log->append({p.time, LogEntry::Level::Warning, {}, p.source, p.message});
    });
    m_remote->loadSettings();
    QObject::connect(m_host, &EngineHost::runningChanged, this, [this](bool running) {
        action(QStringLiteral("run.start"))->setEnabled(!running);
        m_nodeMenu->setEnabled(!running);
        action(QStringLiteral("run.stop"))->setEnabled(running);
        if (running) {
            m_metrics.start();
        } else {
            m_metrics.stop();
            m_inspector->setLive(nullptr);
        }
        updateTitle();
    });
    m_metrics.setInterval(1000);
    QObject::connect(&m_metrics, &QTimer::timeout, this, [this] {
        const QString id = m_inspector->twinId();
        if (!m_host->engine() || id.isEmpty())
            return;
        // The Live tab: a snapshot taken on the twin's worker, shown when it arrives.
        auto *watcher = new QFutureWatcher<TwinSnapshot>(this);
        QObject::connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
            watcher->deleteLater();
            if (m_host->isRunning() && watcher->future().resultCount() > 0) {
                const TwinSnapshot snapshot = watcher->future().result();
                m_inspector->setLive(&snapshot);
            }
        });
        watcher->setFuture(m_host->engine()->snapshot(id));
        const TwinMetrics m = m_host->engine()->twinMetrics(id);
        m_inspector->setMetrics(
            Tr::tr("Events in %1 · dropped %2 · failed %3 · changes %4 · mailbox %5 · commit p50 "
                   "%6 µs, p99 %7 µs")
                .arg(m.eventsIn)
                .arg(m.eventsDropped)
                .arg(m.eventsFailed)
                .arg(m.changesOut)
                .arg(m.mailboxDepth)
                .arg(static_cast<double>(m.commitLatencyP50) / 1000.0, 0, 'f', 1)
                .arg(static_cast<double>(m.commitLatencyP99) / 1000.0, 0, 'f', 1));
    });

    m_autosave.setInterval(30000);
    QObject::connect(&m_autosave, &QTimer::timeout, this, &MainWindow::autosave);
    m_autosave.start();

    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    const bool dark = settings.value(QStringLiteral("view/dark"), false).toBool();
    action(QStringLiteral("view.dark"))->setChecked(dark);
    if (dark)
        setDarkPalette(true);
    if (!settings.contains(QStringLiteral("window/geometry"))) {
        resize(1400, 880);
        // The canvas gets most of the room at first.
        resizeDocks({findChild<QDockWidget *>(QStringLiteral("paletteDock")),
                     findChild<QDockWidget *>(QStringLiteral("inspectorDock"))},
                    {230, 320}, Qt::Horizontal);
        resizeDocks({m_logDock}, {170}, Qt::Vertical);
    }
    setMode(Mode::Design);
    updateRecent();
    updateTitle();
    validateNow();
}

MainWindow::~MainWindow()
{
    m_host->stop();
    // Children are destroyed after this window has stopped being a MainWindow: none of their
    // signals (a scene emptied, a stack cleared) may reach its slots then.
    for (QObject *child : findChildren<QObject *>())
        QObject::disconnect(child, nullptr, this, nullptr);
    m_validate.stop();
    m_autosave.stop();
    m_metrics.stop();
}

QAction *MainWindow::addCommand(const QString &id, const QString &text,
                                const QKeySequence &shortcut, std::function<void()> run,
                                QStyle::StandardPixmap icon)
{
    auto *a = new QAction(text, this);
    a->setObjectName(id);
    a->setData(id);
    if (!shortcut.isEmpty())
        a->setShortcut(shortcut);
    if (icon != QStyle::SP_CustomBase)
        a->setIcon(style()->standardIcon(icon));
    QObject::connect(a, &QAction::triggered, this, [run = std::move(run)] { run(); });
    m_actions.insert(id, a);
    addAction(a); // shortcuts work even when the action is in no visible menu
    return a;
}

void MainWindow::buildActions()
{
    addCommand(
        QStringLiteral("file.new"), Tr::tr("&New"), QKeySequence::New, [this] { newProject(); },
        QStyle::SP_FileIcon);
    addCommand(
        QStringLiteral("file.open"), Tr::tr("&Open…"), QKeySequence::Open, [this] { open(); },
        QStyle::SP_DialogOpenButton);
    addCommand(
        QStringLiteral("file.save"), Tr::tr("&Save"), QKeySequence::Save, [this] { save(); },
        QStyle::SP_DialogSaveButton);
    addCommand(QStringLiteral("file.saveAs"), Tr::tr("Save &As…"), QKeySequence::SaveAs,
               [this] { saveAs(); });
    addCommand(QStringLiteral("file.exportPicture"), Tr::tr("&Export Picture…"),
               QKeySequence(Tr::tr("Ctrl+E")), [this] { exportPictureDialog(); });
    addCommand(QStringLiteral("file.quit"), Tr::tr("&Quit"), QKeySequence::Quit,
               [this] { close(); });

    QAction *undo = m_undo->createUndoAction(this, Tr::tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    undo->setObjectName(QStringLiteral("edit.undo"));
    m_actions.insert(QStringLiteral("edit.undo"), undo);
    addAction(undo);
    QAction *redo = m_undo->createRedoAction(this, Tr::tr("&Redo"));
    redo->setShortcuts({QKeySequence::Redo, QKeySequence(Tr::tr("Ctrl+Y"))});
    redo->setObjectName(QStringLiteral("edit.redo"));
    m_actions.insert(QStringLiteral("edit.redo"), redo);
    addAction(redo);
    addCommand(QStringLiteral("edit.cut"), Tr::tr("Cu&t"), QKeySequence::Cut, [this] { cut(); });
    addCommand(QStringLiteral("edit.copy"), Tr::tr("&Copy"), QKeySequence::Copy,
               [this] { copy(); });
    addCommand(QStringLiteral("edit.paste"), Tr::tr("&Paste"), QKeySequence::Paste,
               [this] { paste(); });
    addCommand(QStringLiteral("edit.delete"), Tr::tr("&Delete"), QKeySequence::Delete,
               [this] { deleteSelection(); });
    addCommand(QStringLiteral("edit.selectAll"), Tr::tr("Select &All"), QKeySequence::SelectAll,
               [this] { selectAll(); });
    addCommand(QStringLiteral("edit.find"), Tr::tr("&Find Twin…"), QKeySequence::Find,
               [this] { findTwin(); });
    addCommand(QStringLiteral("edit.autoLayout"), Tr::tr("Auto &Layout"),
               QKeySequence(Tr::tr("Ctrl+L")), [this] { autoLayout(); });
    addCommand(QStringLiteral("edit.alignHorizontally"), Tr::tr("Align in a &Row"), {},
               [this] { align(true); });
    addCommand(QStringLiteral("edit.alignVertically"), Tr::tr("Align in a &Column"), {},
               [this] { align(false); });
    addCommand(QStringLiteral("edit.model"), Tr::tr("Edit &Model…"), QKeySequence(Tr::tr("Ctrl+M")),
               [this] { m_inspector->editModel(); });
    addCommand(QStringLiteral("edit.mapping"), Tr::tr("Edit Mappin&g…"),
               QKeySequence(Tr::tr("Ctrl+Shift+M")), [this] { m_inspector->editMapping(); });

    addCommand(QStringLiteral("view.zoomIn"), Tr::tr("Zoom &In"), QKeySequence::ZoomIn,
               [this] { m_view->zoomIn(); });
    addCommand(QStringLiteral("view.zoomOut"), Tr::tr("Zoom &Out"), QKeySequence::ZoomOut,
               [this] { m_view->zoomOut(); });
    addCommand(QStringLiteral("view.zoomReset"), Tr::tr("&Actual Size"),
               QKeySequence(Tr::tr("Ctrl+0")), [this] { m_view->resetZoom(); });
    addCommand(QStringLiteral("view.fit"), Tr::tr("&Fit"), QKeySequence(Tr::tr("Ctrl+Shift+F")),
               [this] { m_view->fit(); });
    QAction *snap = addCommand(QStringLiteral("view.snap"), Tr::tr("&Snap to Grid"), {}, [] {});
    snap->setCheckable(true);
    snap->setChecked(true);
    QObject::connect(snap, &QAction::toggled, this,
                     [this](bool on) { m_scene->setSnapToGrid(on); });
    QAction *dark = addCommand(QStringLiteral("view.dark"), Tr::tr("&Dark Palette"), {}, [] {});
    dark->setCheckable(true);
    QObject::connect(dark, &QAction::toggled, this, [this](bool on) {
        setDarkPalette(on);
        QSettings().setValue(QStringLiteral("view/dark"), on);
    });
    addCommand(QStringLiteral("view.commandPalette"), Tr::tr("&Command Palette…"),
               QKeySequence(Tr::tr("Ctrl+K")), [this] { showCommandPalette(); });
    m_actions.value(QStringLiteral("view.commandPalette"))
        ->setShortcuts({QKeySequence(Tr::tr("Ctrl+K")), QKeySequence(Tr::tr("Ctrl+Shift+P"))});

    m_modes = new QActionGroup(this);
    QAction *design = addCommand(QStringLiteral("mode.design"), Tr::tr("&Design"),
                                 QKeySequence(Tr::tr("Ctrl+1")), [this] { setMode(Mode::Design); });
    QAction *run = addCommand(QStringLiteral("mode.run"), Tr::tr("&Run"),
                              QKeySequence(Tr::tr("Ctrl+2")), [this] { setMode(Mode::Run); });
    QAction *monitor =
        addCommand(QStringLiteral("mode.monitor"), Tr::tr("&Monitor"),
                   QKeySequence(Tr::tr("Ctrl+3")), [this] { setMode(Mode::Monitor); });
    for (QAction *a : {design, run, monitor}) {
        a->setCheckable(true);
        m_modes->addAction(a);
    }
    QAction *operatorView =
        addCommand(QStringLiteral("view.operator"), Tr::tr("&Operator View"),
                   QKeySequence(Tr::tr("F11")), [this] { setOperatorView(!m_operator); });
    operatorView->setCheckable(true);
    addCommand(QStringLiteral("view.leaveOperator"), Tr::tr("Leave Operator View"),
               QKeySequence(Qt::Key_Escape), [this] { setOperatorView(false); })
        ->setEnabled(false);
    addCommand(
        QStringLiteral("run.start"), Tr::tr("&Start All Twins"), QKeySequence(Tr::tr("F5")),
        [this] { startEngine({}); }, QStyle::SP_MediaPlay);
    QAction *stop = addCommand(
        QStringLiteral("run.stop"), Tr::tr("S&top"), QKeySequence(Tr::tr("Shift+F5")),
        [this] { stopEngine(); }, QStyle::SP_MediaStop);
    stop->setEnabled(false);
    // Off by default; the address is remembered, the choice is made again in each session.
    QAction *http = addCommand(QStringLiteral("run.http"), Tr::tr("Serve Twins over &HTTP…"), {},
                               [this] { chooseHttpServing(); });
    http->setCheckable(true);
    addCommand(QStringLiteral("help.about"), Tr::tr("&About Twinloom"), {}, [this] {
        QMessageBox::about(
            this, Tr::tr("About Twinloom"),
            Tr::tr("<h3>Twinloom %1</h3><p>A studio and engine for interoperable digital twins: "
                   "design twin graphs, run them, and watch them live.</p>")
                .arg(QCoreApplication::applicationVersion()));
    });
}

void MainWindow::buildMenus()
{
    auto a = [this](const char *id) { return action(QString::fromLatin1(id)); };
    QMenu *file = menuBar()->addMenu(Tr::tr("&File"));
    file->addAction(a("file.new"));
    file->addAction(a("file.open"));
    m_recentMenu = file->addMenu(Tr::tr("Open &Recent"));
    file->addSeparator();
    file->addAction(a("file.save"));
    file->addAction(a("file.saveAs"));
    file->addSeparator();
    // Imports and exports are commands too: the command palette finds them by name.
    QMenu *importMenu = file->addMenu(Tr::tr("&Import"));
    importMenu->addAction(
        addCommand(QStringLiteral("file.import.dtdl"), Tr::tr("Import DTDL Models…"), {}, [this] {
            const QStringList paths =
                QFileDialog::getOpenFileNames(this, Tr::tr("Import DTDL Models"), QString(),
                                              Tr::tr("DTDL files (*.json);;All files (*)"));
            QString error;
            if (!paths.isEmpty() && !importModels(paths, &error))
                QMessageBox::warning(this, Tr::tr("Import DTDL Models"), error);
        }));
    importMenu->addAction(addCommand(
        QStringLiteral("file.import.dtdlFolder"), Tr::tr("Import DTDL Folder…"), {}, [this] {
            const QString dir =
                QFileDialog::getExistingDirectory(this, Tr::tr("Import DTDL Folder"));
            QString error;
            if (!dir.isEmpty() && !importModels({dir}, &error))
                QMessageBox::warning(this, Tr::tr("Import DTDL Folder"), error);
        }));
    importMenu->addSeparator();
    const QList<QPair<QString, QString>> projectImports = {
        {QStringLiteral("wot"), Tr::tr("Import WoT Thing Descriptions as a New Project…")},
        {QStringLiteral("adt"), Tr::tr("Import Azure Digital Twins Graph as a New Project…")}};
    for (const auto &entry : projectImports) {
        const QString format = entry.first;
        const QString title = entry.second;
        importMenu->addAction(
            addCommand(QStringLiteral("file.import.") + format, title, {}, [this, format, title] {
                if (!maybeSave())
                    return;
                const QStringList paths = QFileDialog::getOpenFileNames(
                    this, title, QString(),
                    Tr::tr("JSON files (*.json *.jsonld *.ndjson);;All files (*)"));
                QString error;
                if (!paths.isEmpty() && !importAsProject(format, paths, &error))
                    QMessageBox::warning(this, title, error);
            }));
    }
    QMenu *exportMenu = file->addMenu(Tr::tr("E&xport"));
    for (const Exchange::Format &f : Exchange::exportFormats()) {
        exportMenu->addAction(addCommand(
            QStringLiteral("file.export.") + f.id, Tr::tr("Export %1…").arg(f.name), {}, [this, f] {
                const QString path =
                    f.folder
                        ? QFileDialog::getExistingDirectory(this, Tr::tr("Export %1").arg(f.name))
                        : QFileDialog::getSaveFileName(this, Tr::tr("Export %1").arg(f.name),
                                                       QString(), f.suffixes);
                if (path.isEmpty())
                    return;
                QString message;
                if (!exportTo(f.id, path, &message))
                    QMessageBox::warning(this, Tr::tr("Export %1").arg(f.name), message);
            }));
    }
    file->addAction(a("file.exportPicture"));
    file->addSeparator();
    file->addAction(a("file.quit"));

    QMenu *edit = menuBar()->addMenu(Tr::tr("&Edit"));
    for (const char *id : {"edit.undo", "edit.redo"})
        edit->addAction(a(id));
    edit->addSeparator();
    for (const char *id : {"edit.cut", "edit.copy", "edit.paste", "edit.delete"})
        edit->addAction(a(id));
    edit->addSeparator();
    edit->addAction(a("edit.selectAll"));
    edit->addAction(a("edit.find"));
    edit->addSeparator();
    for (const char *id : {"edit.autoLayout", "edit.alignHorizontally", "edit.alignVertically"})
        edit->addAction(a(id));
    edit->addSeparator();
    for (const char *id : {"edit.model", "edit.mapping"})
        edit->addAction(a(id));

    QMenu *view = menuBar()->addMenu(Tr::tr("&View"));
    view->addAction(a("mode.design"));
    view->addAction(a("mode.run"));
    view->addAction(a("mode.monitor"));
    view->addAction(a("view.operator"));
    view->addSeparator();
    for (const char *id : {"view.zoomIn", "view.zoomOut", "view.zoomReset", "view.fit"})
        view->addAction(a(id));
    view->addSeparator();
    view->addAction(a("view.snap"));
    view->addAction(a("view.dark"));
    view->addSeparator();
    QMenu *panels = view->addMenu(Tr::tr("&Panels"));
    for (QDockWidget *dock : findChildren<QDockWidget *>())
        panels->addAction(dock->toggleViewAction());
    view->addSeparator();
    QMenu *language = view->addMenu(Tr::tr("&Language"));
    auto *languages = new QActionGroup(language);
    const QString current = QSettings().value(QStringLiteral("view/language")).toString();
    const QList<QPair<QString, QString>> choices = {{QString(), Tr::tr("System Language")},
                                                    {QStringLiteral("en"), Tr::tr("English")},
                                                    {QStringLiteral("de"), Tr::tr("German")},
                                                    {QStringLiteral("it"), Tr::tr("Italian")}};
    for (const auto &choiceDef : choices) {
        const QString code = choiceDef.first;
        const QString name = choiceDef.second;
        QAction *choice = addCommand(
            QStringLiteral("view.language.") + (code.isEmpty() ? QStringLiteral("system") : code),
            name, {}, [this, code, name] {
                QSettings().setValue(QStringLiteral("view/language"), code);
                QMessageBox::information(
                    this, Tr::tr("Language"),
                    Tr::tr("Twinloom will use %1 from its next start.").arg(name));
            });
        choice->setCheckable(true);
        choice->setChecked(code == current);
        languages->addAction(choice);
        language->addAction(choice);
    }
    view->addSeparator();
    view->addAction(a("view.commandPalette"));

    QMenu *run = menuBar()->addMenu(Tr::tr("&Run"));
    run->addAction(a("run.start"));
    m_nodeMenu = run->addMenu(Tr::tr("Start &Node"));
    QObject::connect(m_nodeMenu, &QMenu::aboutToShow, this, [this] {
        m_nodeMenu->clear();
        const QStringList nodes = m_model->nodeNames();
        if (nodes.isEmpty())
            m_nodeMenu->addAction(Tr::tr("(no deployment nodes)"))->setEnabled(false);
        for (const QString &node : nodes)
            m_nodeMenu->addAction(node, this, [this, node] { startEngine(node); });
    });
    run->addAction(a("run.stop"));
    run->addSeparator();
    run->addAction(a("run.http"));
    run->addAction(
        addCommand(QStringLiteral("monitor.remoteTwins"), Tr::tr("Remote &Twins…"), {}, [this] {
            setMode(Mode::Monitor);
            if (auto *b = m_monitor->findChild<QToolButton *>(QStringLiteral("remoteTwins")))
                b->click();
        }));

    QMenu *help = menuBar()->addMenu(Tr::tr("&Help"));
    help->addAction(a("view.commandPalette"));
    help->addAction(a("help.about"));

    QToolBar *bar = addToolBar(Tr::tr("Main"));
    bar->setObjectName(QStringLiteral("mainToolBar"));
    for (const char *id : {"file.new", "file.open", "file.save"})
        bar->addAction(a(id));
    bar->addSeparator();
    bar->addAction(a("edit.undo"));
    bar->addAction(a("edit.redo"));
    bar->addSeparator();
    bar->addAction(a("mode.design"));
    bar->addAction(a("mode.run"));
    bar->addAction(a("mode.monitor"));
    bar->addSeparator();
    bar->addAction(a("run.start"));
    bar->addAction(a("run.stop"));
    bar->addSeparator();
    bar->addAction(a("view.fit"));
    bar->addAction(a("edit.autoLayout"));
    // Scalable icons where there is one: crisp on high-DPI screens, where the style's pixmaps blur.
    for (const char *id : {"file.new", "file.open", "file.save", "edit.undo", "edit.redo",
                           "run.start", "run.stop", "view.fit", "edit.autoLayout"}) {
        const QString icon =
            QStringLiteral(":/icons/actions/%1.svg")
                .arg(QString::fromLatin1(id).replace(QLatin1Char('.'), QLatin1Char('-')).toLower());
        if (QFile::exists(icon))
            a(id)->setIcon(QIcon(icon));
    }
}

void MainWindow::buildDocks()
{
    auto dock = [this](const QString &name, const QString &title, QWidget *w,
                       Qt::DockWidgetArea area) {
        auto *d = new QDockWidget(title, this);
        d->setObjectName(name);
        d->setWidget(w);
        addDockWidget(area, d);
        return d;
    };
    m_palette = new PalettePanel(m_model, this);
    QDockWidget *palette =
        dock(QStringLiteral("paletteDock"), Tr::tr("Palette"), m_palette, Qt::LeftDockWidgetArea);
    // The twins by composition, beside the palette: in the Monitor, where the palette is hidden,
    // it is the way to a twin's dashboard.
    m_twinTree = new TwinTree(m_model, m_host, this);
    QDockWidget *twins =
        dock(QStringLiteral("twinsDock"), Tr::tr("Twins"), m_twinTree, Qt::LeftDockWidgetArea);
    tabifyDockWidget(palette, twins);
    palette->raise();
    QObject::connect(m_twinTree, &TwinTree::twinActivated, this, &MainWindow::showTwin);
    auto *minimap = new MiniMap(m_scene, m_view, this);
    dock(QStringLiteral("minimapDock"), Tr::tr("Overview"), minimap, Qt::LeftDockWidgetArea);
    m_inspector = new InspectorPanel(m_model, m_undo, this);
    dock(QStringLiteral("inspectorDock"), Tr::tr("Inspector"), m_inspector,
         Qt::RightDockWidgetArea);
    m_problems = new ProblemsPanel(this);
    QDockWidget *problems = dock(QStringLiteral("problemsDock"), Tr::tr("Problems"), m_problems,
                                 Qt::BottomDockWidgetArea);
    m_log = new LogPanel(this);
    m_log->setNameLookup([this](const QString &id) {
        return m_model->hasTwin(id) ? m_model->twinDisplayName(id) : id;
    });
    m_logDock = dock(QStringLiteral("logDock"), Tr::tr("Log"), m_log, Qt::BottomDockWidgetArea);
    tabifyDockWidget(problems, m_logDock);
    problems->raise();
}

void MainWindow::setMode(Mode mode)
{
    const bool wasMonitor = m_mode == Mode::Monitor;
    m_mode = mode;
    const bool monitor = mode == Mode::Monitor;
    if (!monitor && m_operator)
        setOperatorView(false);
    // The graph's panels do not apply to dashboards: hidden in the Monitor, back when it is left.
    if (monitor && !wasMonitor) {
        m_hiddenForMonitor.clear();
        for (const char *name : {"paletteDock", "minimapDock", "inspectorDock", "problemsDock"}) {
            auto *dock = findChild<QDockWidget *>(QString::fromLatin1(name));
            if (dock && dock->isVisible()) {
                m_hiddenForMonitor << dock;
                dock->hide();
            }
        }
    } else if (!monitor && wasMonitor) {
        for (QDockWidget *dock : std::as_const(m_hiddenForMonitor))
            dock->show();
        m_hiddenForMonitor.clear();
    }
    action(mode == Mode::Design ? QStringLiteral("mode.design")
           : monitor            ? QStringLiteral("mode.monitor")
                                : QStringLiteral("mode.run"))
        ->setChecked(true);
    m_modeLabel->setText(mode == Mode::Design ? Tr::tr("Design")
                         : monitor            ? Tr::tr("Monitor")
                                              : Tr::tr("Run"));
    m_central->setCurrentWidget(monitor ? static_cast<QWidget *>(m_monitor) : m_view);
    if (monitor) {
        // The dashboard of the twin selected on the canvas, when there is one.
        const QStringList selected = m_scene->selectedTwins();
        if (selected.size() == 1)
            m_monitor->showTwin(selected.first());
    }
    // Run mode is for watching: the graph is not edited while twins run from it.
    const bool design = mode == Mode::Design;
    for (const char *id : {"edit.cut", "edit.paste", "edit.delete", "edit.autoLayout"})
        action(QString::fromLatin1(id))->setEnabled(design && !m_host->isRunning());
    m_palette->setEnabled(design);
    // The palette adds twins in Design; elsewhere the Twins panel beside it finds them.
    if (auto *dock = findChild<QDockWidget *>(design ? QStringLiteral("paletteDock")
                                                     : QStringLiteral("twinsDock")))
        dock->raise();
    if (mode == Mode::Run) {
        m_logDock->show();
        m_logDock->raise();
    }
}

void MainWindow::setOperatorView(bool on)
{
    if (on == m_operator)
        return;
    if (on && m_mode != Mode::Monitor)
        setMode(Mode::Monitor);
    m_operator = on;
    action(QStringLiteral("view.operator"))->setChecked(on);
    action(QStringLiteral("view.leaveOperator"))->setEnabled(on);
    m_monitor->setOperatorView(on);
    if (on) {
        m_wasMaximized = isMaximized();
        m_hiddenForOperator.clear();
        QList<QWidget *> chrome{menuBar(), statusBar()};
        for (QToolBar *bar : findChildren<QToolBar *>())
            chrome << bar;
        for (QDockWidget *dock : findChildren<QDockWidget *>())
            chrome << dock;
        for (QWidget *w : std::as_const(chrome)) {
            if (w->isVisible()) {
                m_hiddenForOperator << w;
                w->hide();
            }
        }
        showFullScreen();
        m_monitor->setFocus();
    } else {
        for (QWidget *w : std::as_const(m_hiddenForOperator))
            w->show();
        m_hiddenForOperator.clear();
        if (m_wasMaximized)
            showMaximized();
        else
            showNormal();
    }
}

void MainWindow::updateTitle()
{
    const QString name = m_path.isEmpty() ? Tr::tr("Untitled") : QFileInfo(m_path).fileName();
    setWindowTitle(Tr::tr("%1[*] — Twinloom").arg(name) +
                   (m_host->isRunning() ? Tr::tr(" (running)") : QString()));
    setWindowModified(isDirty());
}

bool MainWindow::isDirty() const
{
    return !m_undo->isClean();
}

void MainWindow::statusMessage(const QString &text)
{
    statusBar()->showMessage(text, 6000);
}

void MainWindow::validateNow()
{
    m_validate.stop();
    m_designProblems = m_model->problems();
    showProblems();
}

void MainWindow::showProblems()
{
    // The project's problems, then what the running twins report (a broker out of reach…).
    std::vector<GraphProblem> problems = m_designProblems;
    for (const QString &id : m_host->unhealthyTwins()) {
        if (const LiveState *live = m_host->live(id))
            problems.push_back(
                {Diagnostic::Severity::Warning, id, Tr::tr("while running"), live->health});
    }
    m_problems->setProblems(problems);
    m_scene->setProblems(m_designProblems);
    const int errors = m_problems->errorCount();
    const int warnings = static_cast<int>(problems.size()) - errors;
    m_problemLabel->setText(errors || warnings
                                ? Tr::tr("%n error(s)", nullptr, errors) + QStringLiteral(", ") +
                                      Tr::tr("%n warning(s)", nullptr, warnings)
                                : Tr::tr("No problems"));
}

// ---- files ----------------------------------------------------------------------------------

bool MainWindow::openFile(const QString &path, QString *error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        if (error)
            *error = Tr::tr("%1: %2").arg(QDir::toNativeSeparators(path), f.errorString());
        return false;
    }
    const QByteArray bytes = f.readAll();
    QString parseError;
    auto doc = JsonInput::parseOrderedOrDiscarded(bytes, &parseError);
    if (doc.is_discarded() || !doc.is_object()) {
        // Where it breaks off (a truncated file), or what it is instead.
        if (error)
            *error = doc.is_discarded()
                         ? Tr::tr("%1 is not valid JSON: %2")
                               .arg(QDir::toNativeSeparators(path), parseError)
                         : Tr::tr("%1 is not a Twinloom project: it is not a JSON object")
                               .arg(QDir::toNativeSeparators(path));
        return false;
    }
    Diagnostics d;
    if (!Project::migrate(doc, d)) {
        if (error) {
            QStringList lines;
            for (const Diagnostic &item : d.items())
                lines << item.withoutSeverity();
            *error = QDir::toNativeSeparators(path) + QStringLiteral(": ") +
                     lines.join(QStringLiteral("; "));
        }
        return false;
    }
    m_host->stop();
    m_log->clear();
    m_model->setDocument(std::move(doc), QFileInfo(path).absolutePath());
    m_undo->clear();
    m_path = QFileInfo(path).absoluteFilePath();
    addRecent(m_path);
    updateTitle();
    validateNow();
    // Once the window has its size.
    QTimer::singleShot(0, m_view, [this] { m_view->fit(); });
    offerRecovery(m_path);
    return true;
}

bool MainWindow::saveFile(const QString &path, QString *error)
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(m_model->toBytes()) < 0 || !f.commit()) {
        if (error)
            *error = Tr::tr("Could not save %1: %2")
                         .arg(QDir::toNativeSeparators(path), f.errorString());
        return false;
    }
    // The autosave follows the file: the old name's is gone, as is any of the new name's.
    QFile::remove(autosavePath());
    m_path = QFileInfo(path).absoluteFilePath();
    m_undo->setClean();
    QFile::remove(autosavePath());
    addRecent(m_path);
    updateTitle();
    statusMessage(Tr::tr("Saved %1").arg(QDir::toNativeSeparators(m_path)));
    return true;
}

bool MainWindow::maybeSave()
{
    if (!isDirty())
        return true;
    if (m_unattended) {
        autosave();
        return true;
    }
    // The default answer destroys nothing: neither the file on disk nor the changes.
    const auto answer = QMessageBox::warning(
        this, Tr::tr("Unsaved changes"), Tr::tr("The project has changes that are not saved."),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer == QMessageBox::Save)
        return save();
    return answer == QMessageBox::Discard;
}

void MainWindow::newProject()
{
    if (!maybeSave())
        return;
    m_host->stop();
    QFile::remove(autosavePath());
    m_model->clear();
    m_undo->clear();
    m_path.clear();
    updateTitle();
    validateNow();
}

void MainWindow::open()
{
    if (!maybeSave())
        return;
    const QString path = QFileDialog::getOpenFileName(
        this, Tr::tr("Open Project"), QFileInfo(m_path).absolutePath(),
        Tr::tr("Twinloom projects (*.twinloom.json);;JSON files (*.json);;All files (*)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!openFile(path, &error))
        QMessageBox::critical(this, Tr::tr("Open Project"), error);
}

bool MainWindow::save()
{
    if (m_path.isEmpty())
        return saveAs();
    QString error;
    if (!saveFile(m_path, &error)) {
        QMessageBox::critical(this, Tr::tr("Save Project"), error);
        return false;
    }
    return true;
}

bool MainWindow::saveAs()
{
    QString path = QFileDialog::getSaveFileName(this, Tr::tr("Save Project As"), m_path,
                                                Tr::tr("Twinloom projects (*.twinloom.json)"));
    if (path.isEmpty())
        return false;
    if (!path.endsWith(QLatin1String(".json")))
        path += QStringLiteral(".twinloom.json");
    QString error;
    if (!saveFile(path, &error)) {
        QMessageBox::critical(this, Tr::tr("Save Project"), error);
        return false;
    }
    return true;
}

void MainWindow::addRecent(const QString &path)
{
    QSettings settings;
    QStringList recent = settings.value(QStringLiteral("files/recent")).toStringList();
    recent.removeAll(path);
    recent.prepend(path);
    while (recent.size() > kMaxRecent)
        recent.removeLast();
    settings.setValue(QStringLiteral("files/recent"), recent);
    updateRecent();
}

void MainWindow::updateRecent()
{
    if (!m_recentMenu)
        return;
    m_recentMenu->clear();
    const QStringList recent = QSettings().value(QStringLiteral("files/recent")).toStringList();
    for (const QString &path : recent) {
        m_recentMenu->addAction(QDir::toNativeSeparators(path), this, [this, path] {
            if (!maybeSave())
                return;
            QString error;
            if (!openFile(path, &error))
                QMessageBox::critical(this, Tr::tr("Open Project"), error);
        });
    }
    m_recentMenu->setEnabled(!recent.isEmpty());
}

QString MainWindow::autosavePath() const
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
                        QStringLiteral("/autosave");
    const QByteArray key =
        QCryptographicHash::hash(m_path.toUtf8(), QCryptographicHash::Sha1).toHex().left(16);
    return dir + QLatin1Char('/') + QString::fromLatin1(key) + QStringLiteral(".twinloom.json");
}

void MainWindow::autosave()
{
    if (!isDirty())
        return;
    QDir().mkpath(QFileInfo(autosavePath()).absolutePath());
    QSaveFile f(autosavePath());
    // Quietly: a message the user has not read yet (an export's) stays.
    if (f.open(QIODevice::WriteOnly) && f.write(m_model->toBytes()) >= 0 && f.commit() &&
        statusBar()->currentMessage().isEmpty())
        statusMessage(Tr::tr("Autosaved"));
}

void MainWindow::confirm(const QString &source, const QString &message)
{
    // In the status bar for a while, and in the Log for good.
    statusBar()->showMessage(message, 20000);
    m_log->append({QDateTime::currentDateTime(), LogEntry::Level::Info, {}, source, message});
}

void MainWindow::offerRecovery(const QString &path)
{
    // An autosave newer than the file means the last session ended with unsaved edits.
    const QFileInfo saved(autosavePath());
    if (!saved.exists() || saved.lastModified() <= QFileInfo(path).lastModified() || m_unattended)
        return;
    const auto answer = QMessageBox::question(
        this, Tr::tr("Recover Project"),
        Tr::tr("Twinloom found unsaved changes to %1 from a session that did not end normally. "
               "Recover them?")
            .arg(QFileInfo(path).fileName()),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes);
    QFile f(saved.absoluteFilePath());
    if (answer != QMessageBox::Yes || !f.open(QIODevice::ReadOnly)) {
        QFile::remove(saved.absoluteFilePath());
        return;
    }
    const QByteArray bytes = f.readAll();
    auto doc = JsonInput::parseOrderedOrDiscarded(bytes);
    if (doc.is_object()) {
        // The recovered state shows as unsaved until it is saved.
        m_model->setDocument(std::move(doc), QFileInfo(path).absolutePath());
        m_undo->resetClean();
        updateTitle();
    }
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!maybeSave()) {
        event->ignore();
        return;
    }
    m_host->stop();
    if (!m_unattended || !isDirty())
        QFile::remove(autosavePath());
    // The layout is saved as Design mode has it.
    setOperatorView(false);
    for (QDockWidget *dock : std::as_const(m_hiddenForMonitor))
        dock->show();
    m_hiddenForMonitor.clear();
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    event->accept();
}

// ---- exchange formats -----------------------------------------------------------------------

namespace {
QString describe(const Diagnostics &d, int limit = 12)
{
    QStringList lines;
    for (const Diagnostic &item : d.items()) {
        if (lines.size() == limit) {
            lines << Tr::tr("… and %n more", nullptr, static_cast<int>(d.items().size()) - limit);
            break;
        }
        lines << item.toString();
    }
    return lines.join(QLatin1Char('\n'));
}
} // namespace

bool MainWindow::importModels(const QStringList &paths, QString *error)
{
    Diagnostics d;
    QStringList added;
    QUndoCommand *edit = Exchange::importDtdlModels(m_model, paths, d, &added);
    if (d.hasErrors()) {
        delete edit;
        if (error)
            *error = Tr::tr("The models were not imported:\n%1").arg(describe(d));
        return false;
    }
    if (!edit) {
        statusMessage(Tr::tr("The models are in the project already."));
        return true;
    }
    m_undo->push(edit);
    statusMessage(Tr::tr("Imported %n model(s); they are in the palette.", nullptr,
                         static_cast<int>(added.size())));
    return true;
}

bool MainWindow::importAsProject(const QString &format, const QStringList &paths, QString *error)
{
    Diagnostics d;
    auto document = Exchange::importProject(format, paths, d);
    if (!document) {
        if (error)
            *error = Tr::tr("Nothing was imported:\n%1").arg(describe(d));
        return false;
    }
    m_host->stop();
    m_model->setDocument(std::move(*document),
                         paths.isEmpty() ? QString() : QFileInfo(paths.first()).absolutePath());
    m_undo->clear();
    m_undo->resetClean(); // an imported project is not saved yet
    m_path.clear();
    updateTitle();
    validateNow();
    QTimer::singleShot(0, m_view, [this] { m_view->fit(); });
    if (!d.isEmpty())
        statusMessage(Tr::tr("Imported with %n note(s): see the Problems panel after saving.",
                             nullptr, static_cast<int>(d.items().size())));
    return true;
}

bool MainWindow::exportTo(const QString &format, const QString &path, QString *message)
{
    Diagnostics notes;
    int files = 0;
    const bool ok = Exchange::exportProject(*m_model, format, path, notes, &files);
    QString text =
        ok ? Tr::tr("Wrote %n file(s) to %1", nullptr, files).arg(QDir::toNativeSeparators(path))
           : Tr::tr("The project was not exported:\n%1").arg(describe(notes));
    if (ok && !notes.isEmpty())
        text += QStringLiteral(" — ") + Tr::tr("%n note(s) about what the format cannot express",
                                               nullptr, static_cast<int>(notes.items().size()));
    if (ok)
        confirm(Tr::tr("export"), text);
    if (message)
        *message = text;
    return ok;
}

// ---- pictures -------------------------------------------------------------------------------

bool MainWindow::exportPicture(const QString &path, QString *error)
{
    const QRectF source = m_scene->itemsBoundingRect().adjusted(-30, -30, 30, 30);
    const QString suffix = QFileInfo(path).suffix().toLower();
    m_scene->clearSelection();
    if (suffix == QLatin1String("svg")) {
        QSvgGenerator svg;
        svg.setFileName(path);
        svg.setSize(source.size().toSize());
        svg.setViewBox(QRectF(QPointF(0, 0), source.size()));
        svg.setTitle(jsonString(m_model->document(), "name").value_or(Tr::tr("Twin graph")));
        QPainter p(&svg);
        m_scene->render(&p, QRectF(QPointF(0, 0), source.size()), source);
        return p.end();
    }
    if (suffix == QLatin1String("pdf")) {
        QPdfWriter pdf(path);
        pdf.setPageSize(QPageSize(source.size(), QPageSize::Point));
        pdf.setPageMargins(QMarginsF(0, 0, 0, 0));
        QPainter p(&pdf);
        if (!p.isActive()) {
            if (error)
                *error = Tr::tr("Could not write %1").arg(QDir::toNativeSeparators(path));
            return false;
        }
        m_scene->render(&p, QRectF(), source);
        return p.end();
    }
    const double scale = 2.0; // crisp on high-density screens
    QImage image((source.size() * scale).toSize(), QImage::Format_ARGB32_Premultiplied);
    image.fill(palette().color(QPalette::Window));
    {
        QPainter p(&image);
        p.setRenderHint(QPainter::Antialiasing);
        m_scene->render(&p, QRectF(QPointF(0, 0), source.size() * scale), source);
    }
    if (!image.save(path)) {
        if (error)
            *error = Tr::tr("Could not write %1").arg(QDir::toNativeSeparators(path));
        return false;
    }
    return true;
}

void MainWindow::exportPictureDialog()
{
    const QString base = m_path.isEmpty()
                             ? QStringLiteral("twins")
                             : QFileInfo(m_path).completeBaseName().section(QLatin1Char('.'), 0, 0);
    const QString path = QFileDialog::getSaveFileName(
        this, Tr::tr("Export Picture"), base + QStringLiteral(".png"),
        Tr::tr("PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!exportPicture(path, &error))
        QMessageBox::critical(this, Tr::tr("Export Picture"), error);
    else
        statusMessage(Tr::tr("Exported %1").arg(QDir::toNativeSeparators(path)));
}

// ---- editing --------------------------------------------------------------------------------

void MainWindow::copy()
{
    const QStringList ids = m_scene->selectedTwins();
    if (ids.isEmpty())
        return;
    const GraphModel::Json clip = GraphEditBuilder::copyTwins(*m_model, ids);
    auto *mime = new QMimeData;
    const QByteArray bytes = QByteArray::fromStdString(clip.dump(2));
    mime->setData(QString::fromLatin1(kClipboardMime), bytes);
    mime->setText(QString::fromUtf8(bytes));
    QGuiApplication::clipboard()->setMimeData(mime);
    statusMessage(Tr::tr("Copied %n twin(s)", nullptr, static_cast<int>(ids.size())));
}

void MainWindow::cut()
{
    copy();
    deleteSelection();
}

void MainWindow::paste()
{
    if (m_host->isRunning())
        return;
    const QMimeData *mime = QGuiApplication::clipboard()->mimeData();
    if (!mime)
        return;
    // Twins copied here or in another window; or JSON text from elsewhere.
    QByteArray bytes = mime->data(QString::fromLatin1(kClipboardMime));
    if (bytes.isEmpty())
        bytes = mime->text().toUtf8();
    const auto clip = JsonInput::parseOrderedOrDiscarded(bytes);
    GraphEditBuilder b(m_model);
    QString error;
    const QStringList added = b.paste(clip, QPointF(40, 40), &error);
    if (added.isEmpty()) {
        statusMessage(error.isEmpty() ? Tr::tr("Nothing to paste") : error);
        return;
    }
    if (QUndoCommand *c =
            b.finish(Tr::tr("Paste %n twin(s)", nullptr, static_cast<int>(added.size())))) {
        m_undo->push(c);
        m_scene->selectTwins(added);
    }
}

void MainWindow::deleteSelection()
{
    if (m_host->isRunning())
        return;
    GraphEditBuilder b(m_model);
    const QStringList ids = m_scene->selectedTwins();
    for (const QString &id : ids)
        b.removeTwin(id);
    // Selected wires (not attached to a deleted twin) go too, highest index first.
    std::vector<GraphEdge> wires;
    for (QGraphicsItem *item : m_scene->selectedItems()) {
        if (auto *e = dynamic_cast<EdgeItem *>(item)) {
            if (e->edge().kind == GraphEdge::Kind::Relationship && !ids.contains(e->edge().source))
                wires.push_back(e->edge());
        }
    }
    std::sort(wires.begin(), wires.end(),
              [](const GraphEdge &x, const GraphEdge &y) { return x.index > y.index; });
    for (const GraphEdge &e : wires)
        b.disconnect(e.source, e.index);
    if (QUndoCommand *c = b.finish(
            ids.isEmpty() ? Tr::tr("Delete %n wire(s)", nullptr, static_cast<int>(wires.size()))
                          : Tr::tr("Delete %n twin(s)", nullptr, static_cast<int>(ids.size()))))
        m_undo->push(c);
}

void MainWindow::selectAll()
{
    m_scene->selectTwins(m_model->twinIds());
}

void MainWindow::autoLayout()
{
    GraphEditBuilder b(m_model);
    for (const auto &[id, p] : GraphEditBuilder::layeredLayout(*m_model))
        b.move(id, p);
    if (QUndoCommand *c = b.finish(Tr::tr("Auto layout"))) {
        m_undo->push(c);
        m_view->fit();
    }
}

void MainWindow::align(bool horizontally)
{
    const QStringList ids = m_scene->selectedTwins();
    if (ids.size() < 2)
        return;
    GraphEditBuilder b(m_model);
    const TwinItem *first = m_scene->twinItem(ids.first());
    for (const QString &id : ids) {
        const TwinItem *item = m_scene->twinItem(id);
        QPointF p = item->pos();
        if (horizontally)
            p.setY(first->pos().y());
        else
            p.setX(first->pos().x());
        b.move(id, p);
    }
    if (QUndoCommand *c =
            b.finish(horizontally ? Tr::tr("Align in a row") : Tr::tr("Align in a column")))
        m_undo->push(c);
}

void MainWindow::onSelectionChanged()
{
    const QStringList ids = m_scene->selectedTwins();
    m_inspector->showTwin(ids.size() == 1 ? ids.first() : QString());
    if (ids.size() == 1)
        m_twinTree->setCurrentTwin(ids.first());
}

void MainWindow::showTwin(const QString &id)
{
    if (!m_model->hasTwin(id))
        return;
    if (m_mode == Mode::Monitor) {
        m_monitor->showTwin(id);
        return;
    }
    m_scene->selectTwins({id});
    if (TwinItem *item = m_scene->twinItem(id))
        m_view->centerOn(item);
}

void MainWindow::findTwin()
{
    auto *dock = findChild<QDockWidget *>(QStringLiteral("twinsDock"));
    if (m_operator)
        setOperatorView(false);
    dock->show();
    dock->raise();
    m_twinTree->find();
}

void MainWindow::showCommandPalette()
{
    QList<QAction *> actions = m_actions.values();
    std::sort(actions.begin(), actions.end(), [](const QAction *a, const QAction *b) {
        return a->text().remove(QLatin1Char('&')) < b->text().remove(QLatin1Char('&'));
    });
    CommandPalette palette(actions, this);
    palette.move(mapToGlobal(QPoint((width() - palette.width()) / 2, 60)));
    palette.exec();
}

// ---- running --------------------------------------------------------------------------------

void MainWindow::startEngine(const QString &node)
{
    validateNow();
    Diagnostics d;
    if (!m_host->start(*m_model, node, d)) {
        for (const Diagnostic &item : d.items())
            m_log->append({QDateTime::currentDateTime(),
                           item.severity == Diagnostic::Severity::Error ? LogEntry::Level::Error
                                                                        : LogEntry::Level::Warning,
                           {},
                           Tr::tr("project"),
                           item.pointer.isEmpty()
                               ? item.message
                               : item.pointer + QStringLiteral(": ") + item.message});
        setMode(Mode::Run);
        statusMessage(
            Tr::tr("The project cannot run: %n error(s), see the log.", nullptr, d.errorCount()));
        return;
    }
    if (m_mode != Mode::Monitor)
        setMode(Mode::Run);
}

void MainWindow::setHttpServing(const QString &address)
{
    m_host->setHttpAddress(address);
    if (QAction *http = findChild<QAction *>(QStringLiteral("run.http")))
        http->setChecked(!address.isEmpty());
    statusMessage(
        address.isEmpty()
            ? Tr::tr("Twins are not served over HTTP.")
            : Tr::tr("Twins will be served over HTTP on %1 from the next start.").arg(address));
}

void MainWindow::chooseHttpServing()
{
    if (!m_host->httpAddress().isEmpty()) {
        setHttpServing({});
        return;
    }
    QSettings settings;
    bool ok = false;
    const QString address = QInputDialog::getText(
        this, Tr::tr("Serve Twins over HTTP"),
        Tr::tr("Address and port (127.0.0.1 keeps it to this computer; the API is described "
               "at /api/openapi.json):"),
        QLineEdit::Normal,
        settings.value(QStringLiteral("run/httpAddress"), QStringLiteral("127.0.0.1:8080"))
            .toString(),
        &ok);
    if (!ok || address.trimmed().isEmpty()) {
        setHttpServing({});
        return;
    }
    settings.setValue(QStringLiteral("run/httpAddress"), address.trimmed());
    setHttpServing(address.trimmed());
}

void MainWindow::stopEngine()
{
    m_host->stop();
    m_scene->clearLive();
    setMode(m_mode);
}

void MainWindow::onFrame(const QStringList &twins)
{
    for (const QString &id : twins) {
        const LiveState *live = m_host->live(id);
        m_scene->setLive(id, live ? *live : LiveState{});
    }
}

void MainWindow::setDarkPalette(bool dark)
{
    if (dark) {
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QApplication::setPalette(darkPalette());
    } else {
        QApplication::setPalette(QApplication::style()->standardPalette());
    }
}

} // namespace twinloom::Studio
