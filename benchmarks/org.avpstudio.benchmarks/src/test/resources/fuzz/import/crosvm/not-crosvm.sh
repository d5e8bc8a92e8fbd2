#!/bin/sh
echo hello; qemu-system-x86_64 -m 512
crosvm
crosvm run
