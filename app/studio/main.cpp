// twinloom: the desktop studio. Design twin graphs, run them, and watch them live.

#include "adapters/builtinadapters.h"
#include "app/studio/shared/mainwindow.h"
#include "app/studio/shared/tr.h"
#include "engine/adapter.h"
#include "engine/script/scriptstep.h"

#include <QtCore/QCommandLineParser>
#include <QtCore/QDir>
#include <QtCore/QLibraryInfo>
#include <QtCore/QSettings>
#include <QtCore/QTimer>
#include <QtCore/QTranslator>
#include <QtWidgets/QApplication>
#include <QtWidgets/QMessageBox>

#include <cstdio>

using twinloom::Studio::Tr;

int main(int argc, char *argv[])
{
    QApplication::setHighDpiScaleFactorRoundingPolicy(
        Qt::HighDpiScaleFactorRoundingPolicy::PassThrough);
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Twinloom"));
    QApplication::setOrganizationDomain(QStringLiteral("twinloom.org"));
    QApplication::setApplicationName(QStringLiteral("twinloom"));
    QApplication::setApplicationDisplayName(QStringLiteral("Twinloom"));
    QApplication::setApplicationVersion(QStringLiteral("0.1.0"));
    QApplication::setDesktopFileName(QStringLiteral("org.twinloom.Twinloom"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/twinloom.svg")));

    // The language: chosen in the preferences, else the system's.
    const QString language = QSettings().value(QStringLiteral("view/language")).toString();
    const QLocale locale = language.isEmpty() ? QLocale() : QLocale(language);
    QTranslator translator;
    if (translator.load(locale, QStringLiteral("twinloom"), QStringLiteral("_"),
                        QStringLiteral(":/i18n")))
        QApplication::installTranslator(&translator);
    QTranslator qtTranslator;
    if (qtTranslator.load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(&qtTranslator);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Twinloom: design digital twin graphs, run them and watch them live."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("project"),
                                 Tr::tr("A *.twinloom.json project to open."),
                                 QStringLiteral("[PROJECT]"));
    const QCommandLineOption run(QStringLiteral("run"),
                                 Tr::tr("Start the project's twins once it is open."));
    const QCommandLineOption screenshot(
        QStringLiteral("screenshot"),
        Tr::tr("Save a picture of the window to FILE after the delay and quit."),
        QStringLiteral("FILE"));
    const QCommandLineOption delay(QStringLiteral("screenshot-delay"),
                                   Tr::tr("Milliseconds to wait before --screenshot (2000)."),
                                   QStringLiteral("MS"), QStringLiteral("2000"));
    const QCommandLineOption zoom(QStringLiteral("zoom"),
                                  Tr::tr("Show the canvas at PERCENT, from the top of the graph, "
                                         "instead of fitting it."),
                                  QStringLiteral("PERCENT"));
    const QCommandLineOption mode(
        QStringLiteral("mode"),
        Tr::tr("Open in MODE: design, run, monitor or operator (the Monitor's "
               "dashboard alone, full screen)."),
        QStringLiteral("MODE"));
    const QCommandLineOption twin(QStringLiteral("twin"),
                                  Tr::tr("Show the dashboard of twin ID in the Monitor."),
                                  QStringLiteral("ID"));
    parser.addOptions({run, screenshot, delay, zoom, mode, twin});
    parser.process(app);

    twinloom::registerBuiltinAdapters(twinloom::AdapterRegistry::global());
    twinloom::registerScriptStep();

    twinloom::Studio::MainWindow window;
    // A screenshot never waits for a dialog.
    window.setUnattended(parser.isSet(screenshot));
    const QStringList files = parser.positionalArguments();
    if (!files.isEmpty()) {
        QString error;
        if (!window.openFile(files.first(), &error)) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 2;
        }
    }
    window.show();
    if (parser.isSet(mode)) {
        using Mode = twinloom::Studio::MainWindow::Mode;
        const QString m = parser.value(mode).toLower();
        if (m == QLatin1String("design"))
            window.setMode(Mode::Design);
        else if (m == QLatin1String("run"))
            window.setMode(Mode::Run);
        else if (m == QLatin1String("monitor"))
            window.setMode(Mode::Monitor);
        else if (m == QLatin1String("operator"))
            window.setOperatorView(true);
        else {
            std::fprintf(stderr, "%s\n",
                         qPrintable(Tr::tr("Unknown mode '%1': design, run, monitor or "
                                           "operator.")
                                        .arg(m)));
            return 2;
        }
    }
    if (parser.isSet(twin))
        window.monitor()->showTwin(parser.value(twin));
    if (parser.isSet(zoom)) {
        const double percent = parser.value(zoom).toDouble();
        QTimer::singleShot(50, &window, [&window, percent] {
            twinloom::Studio::CanvasView *view = window.view();
            view->resetZoom();
            view->zoomBy(std::clamp(percent, 5.0, 400.0) / 100.0);
            const QRectF all = window.scene()->itemsBoundingRect();
            const QRectF visible = view->mapToScene(view->viewport()->rect()).boundingRect();
            view->centerOn(all.center().x(), all.top() + visible.height() / 2 - 20);
        });
    }
    if (parser.isSet(run) && window.action(QStringLiteral("run.start")))
        QTimer::singleShot(0, &window,
                           [&window] { window.action(QStringLiteral("run.start"))->trigger(); });
    if (parser.isSet(screenshot)) {
        const QString path = parser.value(screenshot);
        QTimer::singleShot(parser.value(delay).toInt(), &window, [&window, path] {
            QApplication::processEvents();
            const bool ok = window.grab().save(path);
            std::fprintf(stderr, "%s\n", qPrintable(QDir::toNativeSeparators(path)));
            QApplication::exit(ok ? 0 : 3);
        });
    }
    return QApplication::exec();
}
