#include "core/language.h"
#include "core/notadinassettings.h"
#include "core/profile.h"
#include "models/caselistmodel.h"
#include "reports/supervisionstats.h"
#include "sampledata.h"
#include "store/actionwriter.h"
#include "store/quarantinerepository.h"
#include "sync/synccontroller.h"
#include "tempstore.h"
#include "ui/approvalview.h"
#include "ui/caseactioncontroller.h"
#include "ui/caseactiondialog.h"
#include "ui/casesbehinddialog.h"
#include "ui/dashboardwindow.h"
#include "ui/drafteditor.h"
#include "ui/localpassworddialog.h"
#include "ui/lockscreen.h"
#include "ui/logindialog.h"
#include "ui/mainwindow.h"
#include "ui/notadinassettingsdialog.h"
#include "ui/outboxpanel.h"
#include "ui/quarantinedialog.h"
#include "ui/settingsdialog.h"
#include "ui/synclogdialog.h"
#include "ui/syncstatuswidget.h"

#include <QAccessible>
#include <QDockWidget>
#include <QLineEdit>
#include <QStandardPaths>
#include <QTableView>
#include <QToolButton>
#include <QtTest>

#include <functional>
#include <memory>
#include <vector>

using namespace lapor;
namespace Sample = lapor::test::Sample;

namespace {

// Roles a person operates: each must say what it is (name) and what it does (description).
bool isInteractive(QAccessible::Role role)
{
    switch (role) {
    case QAccessible::PushButton:
    case QAccessible::CheckBox:
    case QAccessible::RadioButton:
    case QAccessible::ComboBox:
    case QAccessible::EditableText:
    case QAccessible::SpinBox:
    case QAccessible::Slider:
    case QAccessible::Dial:
    case QAccessible::List:
    case QAccessible::Table:
    case QAccessible::Tree:
    case QAccessible::PageTabList:
    case QAccessible::PageTab:
    case QAccessible::ButtonMenu:
    case QAccessible::ButtonDropDown:
    case QAccessible::ButtonDropGrid:
    case QAccessible::HotkeyField:
        return true;
    default:
        return false;
    }
}

// Where the walk stops: items of a view take their text from the model, a combo box's
// popup and a spin box's editor belong to the control, a scroll bar to its view.
bool isLeaf(QAccessible::Role role)
{
    switch (role) {
    case QAccessible::List:
    case QAccessible::Table:
    case QAccessible::Tree:
    case QAccessible::ComboBox:
    case QAccessible::SpinBox:
    case QAccessible::ScrollBar:
        return true;
    default:
        return false;
    }
}

QString describe(QAccessibleInterface *iface)
{
    QObject *object = iface->object();
    const QString role
        = QString::fromLatin1(QMetaEnum::fromType<QAccessible::Role>().valueToKey(iface->role()));
    if (!object)
        return QStringLiteral("(%1)").arg(role);
    return QStringLiteral("%1 \"%2\" (%3)")
        .arg(QString::fromLatin1(object->metaObject()->className()), object->objectName(), role);
}

struct Walk
{
    QStringList unnamed;
    QStringList undescribed;
    int checked = 0;
};

void walk(QAccessibleInterface *iface, const QString &path, Walk &result, int depth = 0)
{
    if (!iface || !iface->isValid() || depth > 40)
        return;
    const QString here
        = path.isEmpty() ? describe(iface) : path + QStringLiteral(" > ") + describe(iface);
    if (isInteractive(iface->role())) {
        ++result.checked;
        if (iface->text(QAccessible::Name).trimmed().isEmpty()) {
            result.unnamed.append(describe(iface));
            qWarning("no accessible name: %s", qPrintable(here));
        }
        // Tabs and tab bars are named by their text; Qt 6.4 gives them no description.
        if (iface->role() != QAccessible::PageTab && iface->role() != QAccessible::PageTabList
            && iface->text(QAccessible::Description).trimmed().isEmpty()) {
            result.undescribed.append(describe(iface));
            qWarning("no accessible description: %s", qPrintable(here));
        }
    }
    if (isLeaf(iface->role()))
        return;
    for (int i = 0; i < iface->childCount(); ++i)
        walk(iface->child(i), here, result, depth + 1);
}

// Everything one window needs, kept alive for as long as the window is.
struct Desk
{
    std::unique_ptr<lapor::test::TempStore> store;
    std::unique_ptr<MainWindow> window;
    std::unique_ptr<CaseActionController> actions;
    std::unique_ptr<SyncController> sync;
    std::vector<std::unique_ptr<QWidget>> widgets;
    WorkingCalendar calendar = WorkingCalendar::national(AgencyZone::WITA);
};

using Opener = std::function<QList<QWidget *>(Desk &)>;

QString submittedDraft(Desk &desk)
{
    ActionWriter officer(**desk.store, Sample::officer());
    const auto draft = officer.createDraft(
        Sample::kCase, QStringLiteral("Yth. Bapak/Ibu, lubang di Jl. Ahmad Yani sudah ditambal."));
    if (!draft || !officer.submitDraft(draft.id))
        return {};
    return draft.id;
}

QList<QWidget *> keep(Desk &desk, QWidget *widget)
{
    desk.widgets.emplace_back(widget);
    return { widget };
}

QMap<QString, Opener> openers()
{
    QMap<QString, Opener> all;
    all.insert(QStringLiteral("main window"), [](Desk &desk) -> QList<QWidget *> {
        desk.window
            = std::make_unique<MainWindow>(*desk.store->profile(), **desk.store, desk.calendar);
        desk.actions = std::make_unique<CaseActionController>(*desk.window, *desk.store->profile(),
                                                              **desk.store, nullptr);
        desk.actions->outboxDock()->show();
        desk.window->show();
        if (!desk.window->openCase(Sample::kCase))
            return {};
        return { desk.window.get() };
    });
    all.insert(QStringLiteral("draft editor"), [](Desk &desk) -> QList<QWidget *> {
        auto *editor
            = new DraftEditor(**desk.store, desk.store->profile()->dir(), Sample::officer());
        keep(desk, editor);
        QString error;
        if (!editor->openCase(Sample::kCase, &error))
            return {};
        return { editor };
    });
    all.insert(QStringLiteral("approval view"), [](Desk &desk) -> QList<QWidget *> {
        if (submittedDraft(desk).isEmpty())
            return {};
        auto *view = new ApprovalView(**desk.store, Sample::approver());
        keep(desk, view);
        QString error;
        if (!view->openCase(Sample::kCase, &error))
            return {};
        return { view };
    });
    all.insert(QStringLiteral("outbox panel"), [](Desk &desk) {
        submittedDraft(desk);
        return keep(desk, new OutboxPanel(**desk.store));
    });
    all.insert(QStringLiteral("dashboard"), [](Desk &desk) {
        SupervisionScope scope;
        scope.agencyName = QStringLiteral("Pemerintah Kabupaten");
        return keep(desk, new DashboardWindow(**desk.store, desk.calendar, scope, true));
    });
    all.insert(QStringLiteral("cases behind a figure"), [](Desk &desk) {
        return keep(desk,
                    new CasesBehindDialog(**desk.store, desk.calendar, CaseFilter(),
                                          QDateTime::currentDateTimeUtc(), QStringLiteral("x")));
    });
    all.insert(QStringLiteral("settings"),
               [](Desk &desk) { return keep(desk, new SettingsDialog(*desk.store->profile())); });
    all.insert(QStringLiteral("nota dinas settings"), [](Desk &desk) {
        return keep(desk, new NotaDinasSettingsDialog(*desk.store->profile()));
    });
    all.insert(QStringLiteral("login"), [](Desk &desk) { return keep(desk, new LoginDialog); });
    all.insert(QStringLiteral("lock screen"),
               [](Desk &desk) { return keep(desk, new LockScreen); });
    all.insert(QStringLiteral("local password"), [](Desk &desk) {
        return keep(desk, new LocalPasswordDialog(desk.store->profile()->settings()));
    });
    all.insert(QStringLiteral("sync log and indicator"), [](Desk &desk) -> QList<QWidget *> {
        desk.sync = std::make_unique<SyncController>(*desk.store->profile(), **desk.store);
        keep(desk, new SyncLogDialog(*desk.sync));
        keep(desk, new SyncStatusWidget(*desk.sync));
        return { desk.widgets[0].get(), desk.widgets[1].get() };
    });
    all.insert(QStringLiteral("quarantine"), [](Desk &desk) {
        QuarantinedRecord record;
        record.id = 1;
        record.kind = QStringLiteral("case");
        record.entityId = QStringLiteral("8112829");
        record.reason = QStringLiteral("status tidak dikenal");
        record.record = QStringLiteral("{\"kind\":\"case\"}");
        record.receivedAt = QDateTime::currentDateTimeUtc();
        return keep(desk, new QuarantineDialog({ record }));
    });
    all.insert(QStringLiteral("case actions"), [](Desk &desk) {
        QList<QWidget *> dialogs;
        for (auto kind : { CaseActionDialog::Kind::Forward, CaseActionDialog::Kind::NotAuthority,
                           CaseActionDialog::Kind::Note })
            dialogs += keep(
                desk, new CaseActionDialog(kind, **desk.store, Sample::approver(), Sample::kCase));
        return dialogs;
    });
    return all;
}

} // namespace

// Every interactive control of every window and dialog has an accessible name and
// description, in Indonesian and in English, as a screen reader reads them through
// QAccessible (docs/accessibility.md). The SLA badge and the sync indicator say their state.
class TestAccessibility : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void everyControlNamed_data();
    void everyControlNamed();
    void namesFollowLanguage();
    void slaBadgeSpoken();
    void syncIndicatorSpoken();

private:
    static std::unique_ptr<Desk> openDesk();
};

void TestAccessibility::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QAccessible::setActive(true);
}

void TestAccessibility::cleanup()
{
    Language::install(QCoreApplication::instance(), QStringLiteral("id"));
}

std::unique_ptr<Desk> TestAccessibility::openDesk()
{
    auto desk = std::make_unique<Desk>();
    desk->store = std::make_unique<lapor::test::TempStore>();
    if (!desk->store->openProfile() || !desk->store->addDesk())
        return {};
    return desk;
}

void TestAccessibility::everyControlNamed_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("window");
    const auto all = openers();
    for (const QString &language : { QStringLiteral("id"), QStringLiteral("en") })
        for (auto it = all.cbegin(); it != all.cend(); ++it)
            QTest::addRow("%s: %s", qPrintable(language), qPrintable(it.key()))
                << language << it.key();
}

void TestAccessibility::everyControlNamed()
{
    QFETCH(QString, language);
    QFETCH(QString, window);
    QCOMPARE(Language::install(QCoreApplication::instance(), language), language);
    auto desk = openDesk();
    QVERIFY(desk);
    const QList<QWidget *> roots = openers().value(window)(*desk);
    QVERIFY2(!roots.isEmpty(), "the window did not open");
    Walk result;
    for (QWidget *root : roots)
        walk(QAccessible::queryAccessibleInterface(root), QString(), result);
    QVERIFY(result.checked > 0);
    qInfo("%d interactive controls checked", result.checked);
    QVERIFY2(result.unnamed.isEmpty(),
             qPrintable(QStringLiteral("controls without an accessible name:\n  ")
                        + result.unnamed.join(QStringLiteral("\n  "))));
    QVERIFY2(result.undescribed.isEmpty(),
             qPrintable(QStringLiteral("controls without an accessible description:\n  ")
                        + result.undescribed.join(QStringLiteral("\n  "))));
}

void TestAccessibility::namesFollowLanguage()
{
    // The same control reads differently in each language: the names go through tr().
    QStringList names;
    for (const QString &language : { QStringLiteral("id"), QStringLiteral("en") }) {
        QCOMPARE(Language::install(QCoreApplication::instance(), language), language);
        auto desk = openDesk();
        QVERIFY(desk);
        openers().value(QStringLiteral("main window"))(*desk);
        auto *search = desk->window->findChild<QLineEdit *>(QStringLiteral("searchEdit"));
        QVERIFY(search);
        QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(search);
        names << iface->text(QAccessible::Name) + QLatin1Char('|')
                + iface->text(QAccessible::Description);
    }
    QCOMPARE(names.at(0).section(QLatin1Char('|'), 0, 0), QStringLiteral("Cari laporan"));
    QCOMPARE(names.at(1).section(QLatin1Char('|'), 0, 0), QStringLiteral("Search cases"));
    QVERIFY(names.at(0) != names.at(1));
}

void TestAccessibility::slaBadgeSpoken()
{
    auto desk = openDesk();
    QVERIFY(desk);
    openers().value(QStringLiteral("main window"))(*desk);
    auto *table = desk->window->findChild<QTableView *>(QStringLiteral("caseTable"));
    QVERIFY(table);
    QVERIFY(table->model()->rowCount() > 0);
    // The badge is painted; the cell's accessible text says the same word.
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(table);
    QAccessibleTableInterface *cells = iface->tableInterface();
    QVERIFY(cells);
    QAccessibleInterface *cell = cells->cellAt(0, CaseListModel::DeadlineColumn);
    QVERIFY(cell);
    const QModelIndex index = table->model()->index(0, CaseListModel::DeadlineColumn);
    const auto sla = Deadlines::SlaState(index.data(CaseListModel::SlaRole).toInt());
    QVERIFY(sla != Deadlines::SlaState::None);
    const QString spoken = cell->text(QAccessible::Name);
    QVERIFY2(spoken.startsWith(Deadlines::slaLabel(sla)), qPrintable(spoken));
    QVERIFY2(spoken.contains(index.data(Qt::DisplayRole).toString()), qPrintable(spoken));
}

void TestAccessibility::syncIndicatorSpoken()
{
    auto desk = openDesk();
    QVERIFY(desk);
    const QList<QWidget *> roots = openers().value(QStringLiteral("sync log and indicator"))(*desk);
    auto *button = roots.at(1)->findChild<QToolButton *>(QStringLiteral("syncStatusButton"));
    QVERIFY(button);
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(button);
    const QString name = iface->text(QAccessible::Name);
    // No hub in this profile: the indicator says so, not just "Status sinkronisasi".
    QVERIFY2(name.contains(button->text()), qPrintable(name));
    QVERIFY2(name.contains(QStringLiteral("Hub belum diatur")), qPrintable(name));
    QVERIFY(!iface->text(QAccessible::Description).isEmpty());
}

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
