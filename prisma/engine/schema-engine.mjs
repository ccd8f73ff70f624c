#!/usr/bin/env node
console.log("stand-in")
