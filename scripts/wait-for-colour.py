#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Launches a program and prints how many milliseconds pass until its photo is on screen.

Usage: wait-for-colour.py TIMEOUT_S LOG -- PROGRAM [ARGS...]

"On screen" is when at least 1.5 % of an 80 x 50 grid sampled over the X root window has the
generated photo's magenta (r > 150, g < 120, b > 130). The root window is read with Xlib's
XGetImage through ctypes in this one process, every ~5 ms: about 10 ms per look on Xvfb, where
spawning ImageMagick's `import` for every look took 30-80 ms and competed with the program for
the CPU. Prints "ELAPSED_MS" or "timeout"; the program's stdout and stderr go to LOG, and it is
terminated before this script exits. Used by scripts/launch-to-photo.sh for both tools alike.
"""
import ctypes
import ctypes.util
import subprocess
import sys
import time

ZPIXMAP = 2
ALL_PLANES = ctypes.c_ulong(0xFFFFFFFF)
GRID_W, GRID_H = 80, 50
NEEDED = GRID_W * GRID_H * 15 // 1000


class XImage(ctypes.Structure):
    # The leading fields of Xlib's XImage, as far as bits_per_pixel.
    _fields_ = [("width", ctypes.c_int), ("height", ctypes.c_int), ("xoffset", ctypes.c_int),
                ("format", ctypes.c_int), ("data", ctypes.c_void_p),
                ("byte_order", ctypes.c_int), ("bitmap_unit", ctypes.c_int),
                ("bitmap_bit_order", ctypes.c_int), ("bitmap_pad", ctypes.c_int),
                ("depth", ctypes.c_int), ("bytes_per_line", ctypes.c_int),
                ("bits_per_pixel", ctypes.c_int)]


def main() -> int:
    if len(sys.argv) < 5 or sys.argv[3] != "--":
        print(__doc__, file=sys.stderr)
        return 2
    timeout_s, log_path, command = float(sys.argv[1]), sys.argv[2], sys.argv[4:]
    xlib = ctypes.cdll.LoadLibrary(ctypes.util.find_library("X11") or "libX11.so.6")
    xlib.XOpenDisplay.restype = ctypes.c_void_p
    xlib.XOpenDisplay.argtypes = [ctypes.c_char_p]
    xlib.XDefaultRootWindow.restype = ctypes.c_ulong
    xlib.XDefaultRootWindow.argtypes = [ctypes.c_void_p]
    xlib.XDisplayWidth.argtypes = [ctypes.c_void_p, ctypes.c_int]
    xlib.XDisplayHeight.argtypes = [ctypes.c_void_p, ctypes.c_int]
    xlib.XGetImage.restype = ctypes.POINTER(XImage)
    xlib.XGetImage.argtypes = [ctypes.c_void_p, ctypes.c_ulong, ctypes.c_int, ctypes.c_int,
                               ctypes.c_uint, ctypes.c_uint, ctypes.c_ulong, ctypes.c_int]
    display = xlib.XOpenDisplay(None)
    if not display:
        print("wait-for-colour: cannot open the display", file=sys.stderr)
        return 2
    root = xlib.XDefaultRootWindow(display)
    width, height = xlib.XDisplayWidth(display, 0), xlib.XDisplayHeight(display, 0)
    samples = [(x * width // GRID_W + width // (2 * GRID_W),
                y * height // GRID_H + height // (2 * GRID_H))
               for y in range(GRID_H) for x in range(GRID_W)]

    def photo_on_screen() -> bool:
        image = xlib.XGetImage(display, root, 0, 0, width, height, ALL_PLANES, ZPIXMAP)
        if not image:
            return False
        try:
            info = image.contents
            if info.bits_per_pixel != 32:
                raise SystemExit("wait-for-colour: needs a 24/32-bit screen")
            data = ctypes.string_at(info.data, info.bytes_per_line * info.height)
            stride = info.bytes_per_line
            count = 0
            for x, y in samples:
                at = y * stride + 4 * x  # little-endian BGRX
                if data[at + 2] > 150 and data[at + 1] < 120 and data[at] > 130:
                    count += 1
                    if count >= NEEDED:
                        return True
            return False
        finally:
            # XDestroyImage is a macro; the image's own destroy function is what it calls.
            xlib.XFree(ctypes.c_void_p(image.contents.data))
            xlib.XFree(image)

    with open(log_path, "wb") as log:
        launched_ms = int(time.time() * 1000)
        start = time.monotonic()
        child = subprocess.Popen(command, stdout=log, stderr=subprocess.STDOUT)
        seen = None
        try:
            while time.monotonic() - start < timeout_s:
                if photo_on_screen():
                    seen = time.monotonic() - start
                    break
                time.sleep(0.005)
        finally:
            child.terminate()
            try:
                child.wait(timeout=5)
            except subprocess.TimeoutExpired:
                child.kill()
                child.wait()
    # With the launch's epoch time, so the caller can relate the program's own reports to it.
    print(f"{round(seen * 1000)} {launched_ms}" if seen is not None else f"timeout {launched_ms}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
