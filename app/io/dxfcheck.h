// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

namespace taktflow::app::io {

/**
 * True for text that starts like an ASCII DXF file: group code 0, then SECTION (comments with
 * group code 999 may come first). dxflib is only given files that pass, so garbage and binary
 * files are refused with a message instead of being parsed.
 */
bool looksLikeAsciiDxf(const QByteArray &bytes);

} // namespace taktflow::app::io
