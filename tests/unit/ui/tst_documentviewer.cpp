// SPDX-License-Identifier: GPL-3.0-or-later
// The in-app PDF viewer in the real window: a two-page document, its pages by buttons and
// keys, zoom by buttons and keys, the page's text for screen readers; at home "Enregistrer"
// and the system's viewer, at the kiosk "Imprimer" (into a PDF file here) and nothing else.
#include "qmlfind.h"
#include "testservices.h"

#include <QDir>
#include <QPainter>
#include <QPdfDocument>
#include <QPdfWriter>
#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QTest>
#include <QtQml/qqmlextensionplugin.h>

Q_IMPORT_QML_PLUGIN(EguichetPlugin)

class TestDocumentViewer : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_pdf;
    std::unique_ptr<TestServices> m_services;
    std::unique_ptr<QQmlApplicationEngine> m_engine;
    QQuickWindow* m_window = nullptr;

    /** On the page on screen (the pages below use the same names). */
    QObject* find(const char* name) const
    {
        QObject* stack = findQmlObject(m_window->contentItem(), QStringLiteral("pageStack"));
        return findQmlObject(stack->property("currentItem").value<QObject*>(), QLatin1String(name));
    }
    QString text(const char* name) const { return find(name)->property("text").toString(); }
    bool shown(const char* name) const
    {
        QObject* o = find(name);
        return o && o->property("visible").toBool();
    }
    void click(const char* name)
    {
        QObject* o = find(name);
        QVERIFY2(o && o->property("visible").toBool(), name);
        QVERIFY2(o->property("enabled").toBool(), name);
        QVERIFY(QMetaObject::invokeMethod(o, "clicked"));
    }
    void key(Qt::Key k) { QTest::keyClick(m_window, k, Qt::NoModifier); }
    double renderScale() const { return find("pdfPage")->property("renderScale").toDouble(); }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QQuickStyle::setStyle(QStringLiteral("Basic"));
        m_pdf = m_dir.filePath("composition.pdf");
        QPdfWriter writer(m_pdf);
        writer.setPageSize(QPageSize(QPageSize::A4));
        QPainter painter(&writer);
        QFont font;
        font.setPointSize(30);
        painter.setFont(font);
        painter.drawText(QRect(0, 0, writer.width(), 2000), Qt::AlignCenter, "Page un");
        writer.newPage();
        painter.drawText(QRect(0, 0, writer.width(), 2000), Qt::AlignCenter, "Page deux");
        QVERIFY(painter.end());
    }

    void init()
    {
        AppConfig config;
        config.mode = QByteArray(QTest::currentTestFunction()).startsWith("kiosk") ? AppMode::Kiosk
                                                                                   : AppMode::Home;
        m_services = std::make_unique<TestServices>(config);
        m_engine = std::make_unique<QQmlApplicationEngine>();
        m_engine->addImportPath(QStringLiteral("qrc:/"));
        m_engine->load(QUrl(QStringLiteral("qrc:/Eguichet/Main.qml")));
        QVERIFY(!m_engine->rootObjects().isEmpty());
        m_window = qobject_cast<QQuickWindow*>(m_engine->rootObjects().constFirst());
        m_window->requestActivate();
        QVERIFY(QTest::qWaitForWindowActive(m_window));
        QTRY_VERIFY(m_window->property("settled").toBool());
        const QVariantMap properties { { "source", QUrl::fromLocalFile(m_pdf) },
            { "documentName", "composition.pdf" } };
        QVERIFY(QMetaObject::invokeMethod(qmlNavigator(m_window), "openPageWith",
            Q_ARG(QVariant, QUrl(QStringLiteral("qrc:/Eguichet/pages/DocumentViewerPage.qml"))),
            Q_ARG(QVariant, properties)));
        QTRY_VERIFY(m_window->property("settled").toBool());
        QTRY_VERIFY_WITH_TIMEOUT(shown("pageIndicator"), 5000);
    }
    void cleanup()
    {
        m_engine.reset();
        m_services.reset();
    }

    void pagesByButtonsAndKeys()
    {
        QVERIFY(!shown("documentState"));
        QCOMPARE(text("pageTitle"), QStringLiteral("composition.pdf"));
        QCOMPARE(text("pageIndicator"), QStringLiteral("Page 1 sur 2"));
        QVERIFY(!find("previousPageButton")->property("enabled").toBool());
        // What a screen reader can say of the page: where we are, and the page's text.
        QObject* view = find("pdfView");
        QAccessibleInterface* iface = QAccessible::queryAccessibleInterface(view);
        QVERIFY(iface);
        QCOMPARE(iface->text(QAccessible::Name), QStringLiteral("composition.pdf, page 1 sur 2"));
        QTRY_VERIFY(iface->text(QAccessible::Description).contains("Page un"));

        QDir().mkpath(QStringLiteral(SCREENSHOT_DIR));
        QVERIFY(m_window->grabWindow().save(QStringLiteral(SCREENSHOT_DIR "/viewer-home.png")));

        click("nextPageButton");
        QTRY_COMPARE(text("pageIndicator"), QStringLiteral("Page 2 sur 2"));
        QVERIFY(!find("nextPageButton")->property("enabled").toBool());
        QTRY_VERIFY(iface->text(QAccessible::Description).contains("Page deux"));
        key(Qt::Key_PageUp);
        QTRY_COMPARE(text("pageIndicator"), QStringLiteral("Page 1 sur 2"));
        key(Qt::Key_PageDown);
        QTRY_COMPARE(text("pageIndicator"), QStringLiteral("Page 2 sur 2"));
        click("previousPageButton");
        QTRY_COMPARE(text("pageIndicator"), QStringLiteral("Page 1 sur 2"));
    }

    void zoomByButtonsAndKeys()
    {
        QTRY_VERIFY(renderScale() > 0.1);
        const double fit = renderScale();
        // Fit to width: the page fills the frame, whatever the window.
        const double pageWidth = 595.0; // A4 in points
        QVERIFY(fit * pageWidth <= find("pdfView")->property("width").toDouble());
        QVERIFY(fit * pageWidth > find("pdfView")->property("width").toDouble() * 0.9);

        click("zoomInButton");
        QTRY_VERIFY(renderScale() > fit * 1.2);
        key(Qt::Key_Plus);
        QTRY_VERIFY(renderScale() > fit * 1.5);
        key(Qt::Key_0);
        QTRY_VERIFY(qAbs(renderScale() - fit) < 1e-6);
        click("zoomOutButton");
        QTRY_VERIFY(renderScale() < fit);
        key(Qt::Key_Minus);
        QTRY_VERIFY(renderScale() < fit * 0.7);
        for (int i = 0; i < 10 && find("zoomOutButton")->property("enabled").toBool(); ++i)
            click("zoomOutButton");
        QVERIFY(renderScale() >= fit * 0.5 - 1e-6); // never smaller than half the width
        click("fitWidthButton");
        QTRY_VERIFY(qAbs(renderScale() - fit) < 1e-6);
    }

    void home_saveAndTheSystemViewer_noPrinter()
    {
        QVERIFY(!shown("printDocumentButton"));
        click("saveDocumentButton");
        const QString saved = m_services->dataDir.filePath("downloads/composition.pdf");
        QTRY_VERIFY(QFile::exists(saved));
        QTRY_VERIFY(text("documentActionMessage").contains("composition.pdf"));
        click("openExternallyButton");
        QCOMPARE(m_services->openedDocuments, QList<QUrl> { QUrl::fromLocalFile(m_pdf) });
    }

    void kiosk_printsEveryPage_noSaveNoOtherViewer()
    {
        QVERIFY(!shown("saveDocumentButton"));
        QVERIFY(!shown("openExternallyButton"));
        click("printDocumentButton");
        QTRY_VERIFY(text("documentActionMessage").contains("imprimante"));
        QPdfDocument printed;
        QCOMPARE(
            printed.load(m_services->dataDir.filePath("printed-1.pdf")), QPdfDocument::Error::None);
        QCOMPARE(printed.pageCount(), 2);
    }
};

QTEST_MAIN(TestDocumentViewer)
#include "tst_documentviewer.moc"
