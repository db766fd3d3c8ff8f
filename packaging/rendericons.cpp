// SPDX-FileCopyrightText: 2026 CallScope authors
// SPDX-License-Identifier: MIT
// Build-time helper: renders the application icon's SVG into the PNG sizes desktops look for
// (OUT/NxN.png) and a Windows .ico (OUT/callscope.ico), so no bitmap is kept in the repository.
//
//   callscope_rendericons ICON.svg OUT
#include <QDir>
#include <QGuiApplication>
#include <QImage>
#include <QImageWriter>
#include <QPainter>
#include <QSvgRenderer>

#include <cstdio>

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    if (argc != 3) {
        std::fprintf(stderr, "usage: callscope_rendericons ICON.svg OUT\n");
        return 2;
    }
    QSvgRenderer svg(QString::fromLocal8Bit(argv[1]));
    const QDir out(QString::fromLocal8Bit(argv[2]));
    if (!svg.isValid() || !out.mkpath(QStringLiteral("."))) {
        std::fprintf(stderr, "callscope_rendericons: cannot read %s or make %s\n", argv[1], argv[2]);
        return 1;
    }
    const auto render = [&svg](int size) {
        QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        svg.render(&painter);
        return image;
    };
    for (const int size : {16, 24, 32, 48, 64, 128, 256, 512}) {
        const QString file = out.filePath(QStringLiteral("%1x%1.png").arg(size));
        if (!render(size).save(file)) {
            std::fprintf(stderr, "callscope_rendericons: cannot write %s\n", qPrintable(file));
            return 1;
        }
    }
    // The .ico takes the largest size Windows shows; Qt's ico plugin writes one image per file.
    QImageWriter ico(out.filePath(QStringLiteral("callscope.ico")), "ico");
    if (!ico.write(render(256))) {
        std::fprintf(stderr, "callscope_rendericons: cannot write the .ico: %s\n", qPrintable(ico.errorString()));
        return 1;
    }
    return 0;
}
