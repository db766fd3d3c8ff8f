// SPDX-FileCopyrightText: 2026 CallScope authors
// SPDX-License-Identifier: MIT
#include "helpdialogs.h"

#include "models/outcomereferencemodel.h"

#include <QCoreApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QMessageBox>
#include <QTreeView>
#include <QVBoxLayout>

namespace CallScope {

void showOutcomeReference(QWidget *parent)
{
    // A small, read-only window over the catalogue; built here because it is one view and one model.
    auto *dialog = new QDialog(parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(QCoreApplication::translate("HelpDialogs", "Outcome reference"));
    auto *layout = new QVBoxLayout(dialog);
    auto *view = new QTreeView(dialog);
    view->setModel(new OutcomeReferenceModel(view));
    view->setUniformRowHeights(true);
    view->setAlternatingRowColors(true);
    view->setAccessibleName(QCoreApplication::translate("HelpDialogs", "Outcome reference"));
    view->expandAll();
    view->resizeColumnToContents(0);
    view->resizeColumnToContents(1);
    layout->addWidget(view);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::close);
    layout->addWidget(buttons);
    dialog->resize(1000, 640);
    dialog->show();
}

void showFilterHelp(QWidget *parent)
{
    QMessageBox box(QMessageBox::Information, QCoreApplication::translate("HelpDialogs", "Filter language"),
                    QCoreApplication::translate("HelpDialogs", "Words match text in callId, phoneNumber, fileNumber, summary, organization and agent names.\n\n"
                       "doNotCall — an outcome key alone: that outcome is true; !doNotCall: it is not.\n"
                       "field OP value — OP is = != < <= > >= or ~ (contains), on any outcome key or callId, phoneNumber, "
                       "fileNumber, status, duration, summary, org, agent, event, createdAt, endedAt, receivedAt, review, "
                       "validation. field:value means field=value.\n"
                       "group:compliance — any outcome of that group is true.\n"
                       "Terms side by side must all hold; or, and, ! and parentheses combine them.\n\n"
                       "Examples:\n  doNotCall or ceaseAndDesist\n  duration>5m agent~outbound\n  plan_type=settlement_plan\n"
                       "  receivedAt>=today review=unreviewed\n  \"written communications\""),
                    QMessageBox::Close, parent);
    box.setTextFormat(Qt::PlainText);
    box.exec();
}

void showAbout(QWidget *parent)
{
    QMessageBox box(QMessageBox::NoIcon, QCoreApplication::translate("HelpDialogs", "About CallScope"),
                    QCoreApplication::translate("HelpDialogs", "CallScope %1\n\nReceives call.completed webhooks of an AI collection-call platform, stores every "
                       "delivery durably before answering, and shows the calls and their outcomes for review.")
                        .arg(QCoreApplication::applicationVersion()),
                    QMessageBox::Close, parent);
    box.setTextFormat(Qt::PlainText);
    box.setIconPixmap(parent->windowIcon().pixmap(64, 64));
    box.exec();
}

} // namespace CallScope
