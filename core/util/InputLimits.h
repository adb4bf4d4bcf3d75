#pragma once

#include <QtGlobal>

// Every limit on what enters ClaimDesk from outside, in one place: a hostile or
// broken input (an endless stream, a tiny file that claims a huge page, a PDF
// that contains itself) ends in a clear refusal naming its limit, in bounded
// time and memory, instead of filling the machine. docs/limits.md lists them
// with the reason for each value; keep the two in step.
namespace ClaimDesk::InputLimits {

// Documents (drop, import, extract, inbox)
inline constexpr qint64 DocumentBytes = 64LL * 1024 * 1024;
inline constexpr int DocumentPages = 100; // pages read; the rest are reported as not read
// Pixels of one page as stored: larger is refused before it is decoded. A 600 DPI
// A3 scan is 70 million. Decoding may take 4 bytes a pixel (a PNG is decoded whole
// before it is scaled), hence the decoder's allocation limit.
inline constexpr qint64 StoredPagePixels = 100'000'000;
inline constexpr int DecoderMegabytes = 1024;
// Pixels of one page as read: larger images are read scaled down to this, which
// is all OCR needs (an A4 page at 300 DPI is 8.7 million); PDF pages up to A2 are
// read at 300 DPI, larger page boxes at a lower DPI.
inline constexpr qint64 ReadPagePixels = 12'000'000;
inline constexpr qint64 ReadPdfPagePixels = 36'000'000;
inline constexpr int TextLayerWordsPerPage = 5'000; // a dense A4 page holds about 1,000
inline constexpr int DocumentSeconds = 30; // reading one document, all pages
inline constexpr int PdfOpenSeconds = 10; // the PDF engine's first look (PdfOpenCheck)
inline constexpr qint64 DocumentMemoryBytes = 1536LL * 1024 * 1024; // that look's memory

// Records and files of settings
inline constexpr qint64 RecordLineBytes = 1024 * 1024; // one JSON Lines record
inline constexpr qint64 RulesFileBytes = 1024 * 1024; // a rule set is a few kilobytes
inline constexpr qint64 PolicyHoldersBytes = 64LL * 1024 * 1024;
inline constexpr qint64 PolicyHolderRows = 1'000'000;
inline constexpr qint64 PolicyDocumentBytes = 64LL * 1024 * 1024;
inline constexpr qint64 ChatScriptLines = 10'000; // turns of one scripted conversation
inline constexpr qint64 ChatLineBytes = 64 * 1024;
// A mail message whole, attachments encoded: what mail servers commonly accept
// (25 MB) with room to spare; larger ones are set aside unread.
inline constexpr qint64 MailMessageBytes = 32LL * 1024 * 1024;

// Ranges and counts asked for
inline constexpr int StatsRangeDays = 3'700; // ten years and change
inline constexpr int InitClaims = 5'000'000;

} // namespace ClaimDesk::InputLimits
