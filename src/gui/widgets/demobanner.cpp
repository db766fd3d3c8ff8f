// SPDX-FileCopyrightText: 2026 CallScope authors
// SPDX-License-Identifier: MIT
#include "demobanner.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace CallScope {

DemoBanner::DemoBanner(QWidget *parent)
    : QFrame(parent)
{
    setObjectName(QStringLiteral("demoBanner"));
    setAutoFillBackground(true);
    QPalette colours = palette();
    colours.setColor(QPalette::Window, QColor(0xd6, 0xe8, 0xfa));
    colours.setColor(QPalette::WindowText, Qt::black);
    setPalette(colours);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    auto *text = new QLabel(tr("Demo workspace: made-up calls in a store of their own. This window does not listen; your own store "
                               "and its listener keep running in the main window, untouched."),
                            this);
    text->setWordWrap(true);
    text->setTextFormat(Qt::PlainText);
    auto *closeButton = new QPushButton(tr("Close the demo workspace"), this);
    connect(closeButton, &QPushButton::clicked, this, &DemoBanner::closeRequested);
    layout->addWidget(text, 1);
    layout->addWidget(closeButton);
    setAccessibleName(tr("Demo workspace"));
    setAccessibleDescription(text->text());
}

} // namespace CallScope
