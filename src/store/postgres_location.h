// Where a PostgreSQL store lives: recognizing its locations, the libpq connection string, and a safe display form.
#pragma once

#include <string>
#include <string_view>

namespace mizan {

// True for "postgres://...", "postgresql://..." (libpq URIs) and "pg:<libpq key=value string>"
// ("pg:" alone: everything from the PG* environment variables).
bool IsPostgresLocation(std::string_view location);

// The string handed to libpq: URIs as they are, the part after "pg:" otherwise.
std::string PostgresConnInfo(std::string_view location);

// The location with any password replaced by "***" (URI user:password@ and password=... alike), for
// messages and logs: a password must never reach them.
std::string RedactLocation(std::string_view location);

}  // namespace mizan
