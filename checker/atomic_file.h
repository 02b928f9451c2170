// Every file plancheck writes is whole or untouched. The text goes to a temporary file in
// the target's folder (mkstemp), is flushed to disk (fsync) and renamed over the target;
// on any failure, or on SIGINT/SIGTERM, the temporary is removed and the old file stays
// byte for byte. Failures say why, in the system's words (strerror).
#pragma once
#include <functional>
#include <ostream>
#include <string>

#include "data_dir.h"  // LocalizedError

namespace plancheck {

// A file (or standard output) that could not be written whole: exit status 2.
class WriteError : public LocalizedError {
 public:
  using LocalizedError::LocalizedError;
};

// Writes `path` through `write`. A path that exists and is not a regular file (/dev/full,
// /dev/stdout, a pipe) cannot be replaced and is written in place, failures still caught.
// Throws WriteError.
void write_file_atomically(const std::string& path, const std::function<void(std::ostream&)>& write);
void write_file_atomically(const std::string& path, const std::string& text);

// Writes `text` to standard output, all of it; throws WriteError naming the reason
// (`> /dev/full`: 设备上没有空间). Anything already in std::cout is flushed first.
void write_stdout(const std::string& text);

// Flushes std::cout and C stdio at the end of a command; throws WriteError when what a
// command printed could not all be written.
void finish_stdout();

// SIGINT and SIGTERM: a pending temporary is removed and the process exits 130 or 143 at
// once — except inside a StopBetweenReports section, where the first signal only asks the
// run to stop (stop_requested) so that it ends between two reports; a second one exits.
void install_signal_handlers();
bool stop_requested();
int stop_exit_status();  // 128 + the signal's number, once stop_requested()

class StopBetweenReports {
 public:
  StopBetweenReports();
  ~StopBetweenReports();
  StopBetweenReports(const StopBetweenReports&) = delete;
  StopBetweenReports& operator=(const StopBetweenReports&) = delete;
};

}  // namespace plancheck
