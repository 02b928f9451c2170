// Secrets of the service: supervisor passwords (libsodium's Argon2id crypto_pwhash_str),
// random tokens for sessions, CSRF and unit links, and comparing them in constant time.
#pragma once
#include <string>

namespace plancheck::service {

// Throws std::runtime_error when libsodium cannot start (no entropy source).
void init_crypto();

std::string hash_password(const std::string& password);  // crypto_pwhash_str, interactive limits
bool verify_password(const std::string& hash, const std::string& password);

// 32 random bytes, URL-safe base64 without padding (43 characters).
std::string random_token();

// SHA-256 of a token, hex: what the database keeps to find a session or a unit link.
std::string token_digest(const std::string& token);

// Equal strings, compared in time that depends only on their length (sodium_memcmp).
bool same_secret(const std::string& a, const std::string& b);

}  // namespace plancheck::service
