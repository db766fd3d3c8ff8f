// SPDX-FileCopyrightText: 2026 CallScope authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QFrame>

namespace CallScope {

// The demo workspace window's banner: blue (information, not a problem) and always there, so that a client
// never takes its calls for real ones, nor the presenter this window for the one that receives the
// platform's calls. Its button asks to close the window.
class DemoBanner final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DemoBanner)
public:
    explicit DemoBanner(QWidget *parent = nullptr);

Q_SIGNALS:
    void closeRequested();
};

} // namespace CallScope
