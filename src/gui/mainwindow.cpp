// SPDX-FileCopyrightText: 2026 CallScope authors
// SPDX-License-Identifier: MIT
#include "mainwindow.h"
#include "ui_mainwindow.h"

#include "domain/outcomecatalogue.h"
#include "models/outcomereferencemodel.h"

#include <QApplication>
#include <QHeaderView>
#include <QKeySequence>
#include <QMessageBox>

namespace CallScope {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_referenceModel(new OutcomeReferenceModel(this))
{
    m_ui->setupUi(this);
    setWindowIcon(QIcon(QStringLiteral(":/icons/callscope.svg")));

    m_ui->referenceView->setModel(m_referenceModel);
    m_ui->referenceView->expandAll();
    m_ui->referenceView->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ui->referenceView->header()->setStretchLastSection(true);

    m_ui->actionQuit->setShortcut(QKeySequence::Quit);
    m_ui->actionAbout->setShortcut(QKeySequence::HelpContents);
    connect(m_ui->actionQuit, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->actionAbout, &QAction::triggered, this, &MainWindow::showAbout);
    connect(m_ui->actionAboutQt, &QAction::triggered, qApp, &QApplication::aboutQt);

    statusBar()->showMessage(tr("Outcome catalogue: %1 keys in %2 groups")
                                 .arg(OutcomeCatalogue::count())
                                 .arg(m_referenceModel->rowCount()));
}

MainWindow::~MainWindow() = default;

void MainWindow::showAbout()
{
    QMessageBox about(this);
    about.setWindowTitle(tr("About CallScope"));
    about.setIconPixmap(windowIcon().pixmap(64, 64));
    about.setTextFormat(Qt::RichText);
    about.setText(tr("<h3>CallScope %1</h3>"
                     "<p>Receives, stores and shows the call.completed webhooks of an AI collection-call "
                     "platform, for review and for demos.</p>"
                     "<p>Built with Qt %2, running on Qt %3.</p>")
                      .arg(QStringLiteral(CALLSCOPE_VERSION), QStringLiteral(QT_VERSION_STR),
                           QString::fromLatin1(qVersion())));
    about.exec();
}

} // namespace CallScope
