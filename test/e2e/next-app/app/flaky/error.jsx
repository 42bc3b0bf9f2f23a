'use client';
import { NextErrorPage } from 'react-api-error-kit/next';

export default NextErrorPage;
