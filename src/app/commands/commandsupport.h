// SPDX-FileCopyrightText: 2026 CallScope authors
// SPDX-License-Identifier: MIT
#pragma once

// What every command shares: its words (English: scripts read them, docs/CONTRACT.md) and its exit status.
#include "storage/deliverystore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QString>

#include <cstdio>

namespace CallScope::Commands {

inline QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("main", text, disambiguation, n);
}

inline int usageError(const QCommandLineParser &parser, const QString &reason)
{
    std::fprintf(stderr, "callscope: %s\n\n%s", qPrintable(reason), qPrintable(parser.helpText()));
    return 2; // the contract: a usage error exits 2, with the usage
}

inline int runtimeError(const QString &reason)
{
    std::fprintf(stderr, "callscope: %s\n", qPrintable(reason));
    return 1; // the contract: a runtime failure exits 1, in one line
}

// Before a command reads a store: the deliveries a listener answered and did not derive (it was killed) are
// derived, so that every call answered is read. When that cannot be done, the command goes on with what is
// derived, and says so.
inline void deriveRecorded(const QString &databasePath)
{
    QString error;
    if (!DeliveryStore::deriveRecorded(databasePath, &error))
        std::fprintf(stderr, "callscope: warning: calls answered but not yet indexed are left out: %s\n", qPrintable(error));
}

} // namespace CallScope::Commands
