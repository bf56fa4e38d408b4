package com.orderdesk.command.account;

/** Lifecycle of an account on the command side. */
enum AccountStatus { INVITED, ACTIVE, REMOVED, DEACTIVATED, ERASED }
