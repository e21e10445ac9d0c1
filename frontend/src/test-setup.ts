import '@angular/compiler';
import { NgModule, provideZonelessChangeDetection } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { BrowserTestingModule, platformBrowserTesting } from '@angular/platform-browser/testing';
import { afterEach } from 'vitest';

/** Tests run zoneless, like the application. */
@NgModule({ providers: [provideZonelessChangeDetection()] })
class EnvironnementTest {}

TestBed.initTestEnvironment([BrowserTestingModule, EnvironnementTest], platformBrowserTesting());
// Vitest globals are off, so Angular cannot hook its own reset: do it here.
afterEach(() => TestBed.resetTestingModule());
