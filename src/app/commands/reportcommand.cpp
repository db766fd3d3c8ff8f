// SPDX-FileCopyrightText: 2026 CallScope authors
// SPDX-License-Identifier: MIT
#include "reportcommand.h"

#include "commands/commandparser.h"
#include "commands/commandsupport.h"
#include "commands/timeoption.h"
#include "filter/callfilter.h"
#include "report/reportwriter.h"
#include "settings/appsettings.h"

#include <QDir>
#include <QLocale>

namespace CallScope::Commands {


int runReport(const QStringList &arguments)
{
    CommandParser command(QStringLiteral("report"),
                          tr("Writes the client report as a PDF: headline figures with their change since the previous period, "
                             "calls and outcomes over time, the funnel, rates by agent and organization, compliance over time, "
                             "the compliance events with their review, and the top outcomes.\nCalls are counted on their own date "
                             "(createdAt)."),
                          QStringLiteral("callscope report --db calls.db --from 2026-11-01 --to 2026-11-30 --mask --out november.pdf"));
    QCommandLineParser &parser = command.parser();
    const QCommandLineOption db{QStringLiteral("db"), tr("The database file."), QStringLiteral("PATH")};
    const QCommandLineOption filter{QStringLiteral("filter"), tr("Only the calls that match EXPR (the filter language)."), QStringLiteral("EXPR")};
    const QCommandLineOption from{QStringLiteral("from"), tr("The calls from DATE on: YYYY-MM-DD (from the start of that local day) or an ISO 8601 "
                                                             "date-time. Default: the first call."),
                                  QStringLiteral("DATE")};
    const QCommandLineOption to{QStringLiteral("to"), tr("The calls up to DATE, inclusive: YYYY-MM-DD (to the end of that local day) or an ISO 8601 "
                                                         "date-time. Default: now."),
                                QStringLiteral("DATE")};
    const QCommandLineOption mask{QStringLiteral("mask"), tr("Mask personal data as presenter mode does (the same stand-ins as the window's).")};
    const QCommandLineOption pageSize{QStringLiteral("page-size"), tr("a4 or letter. Default: letter in the United States, a4 elsewhere."),
                                      QStringLiteral("SIZE")};
    const QCommandLineOption title{QStringLiteral("title"), tr("The report's title. Default: Call report."), QStringLiteral("TEXT")};
    const QCommandLineOption out{QStringLiteral("out"), tr("The PDF file to write (replaced only once the report is complete)."),
                                 QStringLiteral("FILE.pdf")};
    parser.addOptions({db, filter, from, to, mask, pageSize, title, out});
    if (const auto status = command.parse(arguments))
        return *status;

    if (!parser.isSet(db))
        return usageError(parser, tr("report needs --db PATH"));
    if (!parser.isSet(out) || parser.value(out).isEmpty())
        return usageError(parser, tr("report needs --out FILE.pdf"));
    ReportOptions options;
    options.filter = parser.value(filter);
    if (const CallFilter compiled = CallFilter::compile(options.filter); !compiled.isValid())
        return usageError(parser, tr("bad --filter %1").arg(compiled.errorText()));
    QString error;
    const std::optional<PeriodOptions> period = periodOptions(parser, from, to, &error);
    if (!period)
        return usageError(parser, error);
    options.fromMs = period->fromMs;
    options.untilMs = period->untilMs;
    options.pageSize = ReportOptions::localPageSize();
    if (parser.isSet(pageSize)) {
        const QString size = parser.value(pageSize).toLower();
        if (size == QLatin1String("a4"))
            options.pageSize = QPageSize::A4;
        else if (size == QLatin1String("letter"))
            options.pageSize = QPageSize::Letter;
        else
            return usageError(parser, tr("unknown page size \"%1\"; use a4 or letter").arg(parser.value(pageSize)));
    }
    options.title = parser.value(title);
    if (parser.isSet(mask))
        options.masker.emplace(AppSettings().maskingKey()); // the window's key: one debtor, one stand-in

    const QString target = parser.value(out);
    deriveRecorded(parser.value(db));
    const std::optional<ReportResult> result = ReportWriter::writeFile(parser.value(db), options, target, &error);
    if (!result)
        return runtimeError(error);
    const QLocale english(QLocale::English, QLocale::UnitedStates); // the command line speaks English (docs/CONTRACT.md)
    std::printf("%s\n", qPrintable(tr("wrote %1: %2 pages, %3 calls")
                                       .arg(QDir::toNativeSeparators(target), english.toString(result->pages), english.toString(result->calls))));
    return 0;
}

} // namespace CallScope::Commands
