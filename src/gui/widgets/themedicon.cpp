// SPDX-FileCopyrightText: 2026 CallScope authors
// SPDX-License-Identifier: MIT
#include "themedicon.h"

#include <QFile>
#include <QGuiApplication>
#include <QPainter>
#include <QPixmap>
#include <QSvgRenderer>

namespace CallScope {

namespace {

QByteArray coloured(QByteArray svg, const QColor &colour)
{
    return svg.replace("currentColor", colour.name(QColor::HexRgb).toLatin1());
}

QPixmap render(QSvgRenderer &renderer, int size, qreal ratio)
{
    QPixmap pixmap(QSize(size, size) * ratio);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    renderer.render(&painter);
    painter.end();
    pixmap.setDevicePixelRatio(ratio);
    return pixmap;
}

} // namespace

QIcon themedIcon(const QString &name, const QPalette &palette)
{
    QFile file(QStringLiteral(":/icons/toolbar/%1.svg").arg(name));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QByteArray svg = file.readAll();
    const qreal ratio = qGuiApp ? qGuiApp->devicePixelRatio() : 1.0;
    QSvgRenderer normal(coloured(svg, palette.color(QPalette::Active, QPalette::WindowText)));
    QSvgRenderer disabled(coloured(svg, palette.color(QPalette::Disabled, QPalette::WindowText)));
    QIcon icon;
    for (const int size : {16, 20, 24, 32, 48}) {
        icon.addPixmap(render(normal, size, ratio), QIcon::Normal);
        icon.addPixmap(render(disabled, size, ratio), QIcon::Disabled);
    }
    return icon;
}

} // namespace CallScope
