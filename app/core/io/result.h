// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace provena {

/**
 * What went wrong, for people and for logs.
 *
 * `message` is one translated sentence that names what failed and what the user can do;
 * `detail` carries library text, errno, byte offsets or line/column; `path` is the file concerned.
 */
struct Error
{
    QString message;
    QString detail;
    QString path;
    /** 1-based line and column in `path` where known, else 0. */
    int line = 0;
    int column = 0;

    /** "path:line:column: message (detail)" for stderr and logs. */
    QString toString() const;
};

/** A value or an Error. Small on purpose; can become std::expected with C++23. */
template<typename T> class [[nodiscard]] Result
{
public:
    Result() = default;
    Result(T value)
        : mValue(std::move(value))
    {
    }
    Result(Error error)
        : mError(std::move(error))
    {
    }

    explicit operator bool() const { return mValue.has_value(); }
    bool ok() const { return mValue.has_value(); }
    const T &value() const & { return *mValue; }
    T &value() & { return *mValue; }
    T &&value() && { return std::move(*mValue); }
    const T *operator->() const { return &*mValue; }
    T *operator->() { return &*mValue; }
    const Error &error() const { return mError; }

private:
    std::optional<T> mValue;
    Error mError;
};

/** For operations that only succeed or fail. */
class [[nodiscard]] Status
{
public:
    Status() = default;
    Status(Error error)
        : mError(std::move(error))
        , mFailed(true)
    {
    }

    static Status success() { return Status(); }
    explicit operator bool() const { return !mFailed; }
    bool ok() const { return !mFailed; }
    const Error &error() const { return mError; }

private:
    Error mError;
    bool mFailed = false;
};

} // namespace provena
