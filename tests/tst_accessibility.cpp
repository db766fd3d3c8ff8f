// SPDX-FileCopyrightText: 2026 CallScope authors
// SPDX-License-Identifier: MIT
// What a screen reader (AT-SPI, served by Qt's accessibility interfaces) reads of the window (issue 16,
// part 4): every control it can reach by Tab has a name, the table's headers have names, and a badge cell
// reads as clean text ("DNC · BANKRUPT", never "DNC Â· BANKRUPT").
#include "models/calltablemodel.h"
#include "models/outcomebadges.h"
#include "testsupport.h"
#include "testwindow.h"

#include <QAbstractButton>
#include <QAccessible>
#include <QAccessibleInterface>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace CallScope;

class TstAccessibility : public QObject
{
    Q_OBJECT

private slots:
    void everyFocusableControlHasAName()
    {
        QTemporaryDir dir;
        TestWindow::Window w = TestWindow::open(dir, QStringLiteral("names"));
        QVERIFY(w.port != 0);
        QCOMPARE(TestSupport::post(w.port, TestSupport::sample("03-compliance-and-preferences.json")), 200);
        QTRY_COMPARE(w.window->callsModel()->rowCount(), 1);
        TestWindow::select(*w.window, 0);
        w.window->resize(1280, 720);
        QCoreApplication::processEvents();

        QStringList unnamed;
        int checked = 0;
        for (QWidget *widget : w.window->findChildren<QWidget *>()) {
            if (!widget->isVisibleTo(w.window.get()) || !(widget->focusPolicy() & Qt::TabFocus) || widget->focusProxy())
                continue;
            QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(widget);
            QVERIFY(iface);
            ++checked;
            if (iface->text(QAccessible::Name).trimmed().isEmpty())
                unnamed.append(QStringLiteral("%1 (%2)").arg(widget->objectName(), QString::fromLatin1(widget->metaObject()->className())));
        }
        QVERIFY(checked > 10);
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QLatin1String(", "))));
    }

    void theTableReadsCleanly()
    {
        QTemporaryDir dir;
        TestWindow::Window w = TestWindow::open(dir, QStringLiteral("table"));
        QVERIFY(w.port != 0);
        QCOMPARE(TestSupport::post(w.port, TestSupport::sample("03-compliance-and-preferences.json")), 200);
        CallTableModel *calls = w.window->callsModel();
        QTRY_COMPARE(calls->rowCount(), 1);
        QTRY_VERIFY(calls->data(calls->index(0, 0), CallTableModel::LoadedRole).toBool());
        const QModelIndex badges = calls->index(0, CallTableModel::OutcomesColumn);
        QVERIFY(calls->data(badges, CallTableModel::BadgesRole).value<QList<OutcomeBadge>>().size() >= 2);

        auto *view = w.window->findChild<QTableView *>(QStringLiteral("callsView"));
        QAccessibleInterface *table = QAccessible::queryAccessibleInterface(view);
        QVERIFY(table && table->tableInterface());
        QVERIFY(!table->text(QAccessible::Name).isEmpty());
        QAccessibleInterface *cell = table->tableInterface()->cellAt(0, CallTableModel::OutcomesColumn);
        QVERIFY(cell);
        const QString spoken = cell->text(QAccessible::Name);
        QVERIFY2(!spoken.isEmpty() && !spoken.contains(QChar(0x00C2)), qPrintable(spoken));
        // As words, in the order shown; the display keeps a real middle dot between them.
        QVERIFY2(spoken.contains(QLatin1String(", ")), qPrintable(spoken));
        const QString shown = calls->data(badges, Qt::DisplayRole).toString();
        QVERIFY2(shown.contains(QStringLiteral(" \u00B7 ")) && !shown.contains(QChar(0x00C2)), qPrintable(shown));

        for (int column = 0; column < CallTableModel::FixedColumnCount; ++column) {
            const QString name = calls->headerData(column, Qt::Horizontal, Qt::AccessibleTextRole).toString();
            QVERIFY2(!name.isEmpty(), qPrintable(QString::number(column)));
        }
        QCOMPARE(calls->headerData(CallTableModel::DeliveriesColumn, Qt::Horizontal, Qt::AccessibleTextRole).toString(), QStringLiteral("Deliveries"));
    }
};

QTEST_MAIN(TstAccessibility)
#include "tst_accessibility.moc"
